package io.clinscribe.speech.cleanup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * README 11.4: a single letter (not a, i or q) not preceded by a letter and followed by a number below
 * 100 is a code ({@code B12}, {@code D50}); only the first part of the number run belongs to it. Two
 * codes joined by {@code to} are hyphenated ({@code L4-L5}).
 */
final class LetterCodeStage implements PhraseStage {

    @Override
    public List<Item> apply(List<Item> items, Context context) {
        List<Item> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            Item letter = items.get(i);
            Item previous = i > 0 ? items.get(i - 1) : null;
            Item next = i + 1 < items.size() ? items.get(i + 1) : null;
            if (letter.kind() == Item.Kind.LETTER && !"aiq".contains(letter.spoken())
                    && (previous == null || previous.kind() != Item.Kind.LETTER || isArticle(items, i - 1))
                    && next != null && next.kind() == Item.Kind.NUMBER) {
                SpokenNumber number = next.number();
                SpokenNumber.Part first = number.integer().isEmpty() ? null : number.integer().get(0);
                SpokenNumber rest = number.withoutFirstPart();
                boolean codeFits = first != null && Long.parseLong(first.digits()) < 100
                        && (rest != null || !number.hasFraction());
                if (codeFits) {
                    Item code = Item.written(letter.spoken().toUpperCase(Locale.ROOT) + first.digits(), letter.from(),
                            first.to(), Item.Role.CODE);
                    Item before = out.isEmpty() ? null : out.get(out.size() - 1);
                    Item beforeThat = out.size() > 1 ? out.get(out.size() - 2) : null;
                    if (before != null && before.isWord("to") && beforeThat != null && beforeThat.role() == Item.Role.CODE
                            && beforeThat.kind() == Item.Kind.WRITTEN) {
                        out.remove(out.size() - 1);
                        out.remove(out.size() - 1);
                        code = Item.written(beforeThat.text() + "-" + code.text(), beforeThat.from(), code.to(),
                                Item.Role.CODE);
                    }
                    out.add(code);
                    if (rest != null) {
                        out.add(Item.number(rest, "", rest.integer().get(0).from(), next.to(), false));
                    }
                    i += 2;
                    continue;
                }
            }
            out.add(letter);
            i++;
        }
        return out;
    }

    /** README 11.1: {@code a} is the article, not a letter, unless it follows {@code an} or another letter. */
    static boolean isArticle(List<Item> items, int k) {
        if (!items.get(k).isLetter("a")) {
            return false;
        }
        Item previous = k > 0 ? items.get(k - 1) : null;
        return previous == null || !(previous.isWord("an") || previous.kind() == Item.Kind.LETTER);
    }
}

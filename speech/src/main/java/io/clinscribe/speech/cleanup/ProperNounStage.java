package io.clinscribe.speech.cleanup;

import java.util.ArrayList;
import java.util.List;

/**
 * README 7.2: the pronoun I, proper nouns (eponyms lose a possessive 's), month and weekday names
 * ({@code may} only in date context), and {@code doctor} before a name capitalised by a command.
 */
final class ProperNounStage implements PhraseStage {

    private final CleanupLexicons lexicons;

    ProperNounStage(CleanupLexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public List<Item> apply(List<Item> items, Context context) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String written = item.kind() == Item.Kind.WORD ? written(items, i) : null;
            out.add(written == null ? item : item.withText(written));
        }
        return out;
    }

    private String written(List<Item> items, int i) {
        String word = items.get(i).spoken();
        String pronoun = lexicons.pronouns.get(word);
        if (pronoun != null) {
            return pronoun;
        }
        CleanupLexicons.Entry noun = lexicons.properNouns.get(word);
        if (noun != null) {
            return noun.written();
        }
        if (word.endsWith("'s")) {
            CleanupLexicons.Entry owner = lexicons.properNouns.get(word.substring(0, word.length() - 2));
            if (owner != null) {
                return owner.kind().equals("EPONYM") ? owner.written() : owner.written() + "'s";
            }
        }
        if (word.equals("may")) {
            Item previous = i > 0 ? items.get(i - 1) : null;
            return previous != null && previous.kind() == Item.Kind.WORD
                    && lexicons.mayContext.contains(previous.spoken()) ? "May" : null;
        }
        if (lexicons.months.contains(word) || lexicons.weekdays.contains(word)
                || word.endsWith("s") && lexicons.weekdays.contains(word.substring(0, word.length() - 1))) {
            return DateStage.capitalised(word);
        }
        if (word.equals("doctor") && i + 1 < items.size()
                && items.get(i + 1).capitalisation() != Spoken.Capitalisation.NONE) {
            return "Dr.";
        }
        return null;
    }
}

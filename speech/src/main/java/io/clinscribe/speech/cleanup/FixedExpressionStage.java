package io.clinscribe.speech.cleanup;

import java.util.ArrayList;
import java.util.List;

/** README 7.1: fixed expressions ({@code x ray}, {@code a one c}, {@code sub q}...), longest first, anywhere. */
final class FixedExpressionStage implements PhraseStage {

    private final CleanupLexicons lexicons;
    private final int longest;

    FixedExpressionStage(CleanupLexicons lexicons) {
        this.lexicons = lexicons;
        this.longest = lexicons.fixedExpressions.keySet().stream().mapToInt(CleanupLexicons::length).max().orElse(1);
    }

    @Override
    public List<Item> apply(List<Item> items, Context context) {
        List<Item> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            int matched = 0;
            for (int length = Math.min(longest, items.size() - i); length > 0 && matched == 0; length--) {
                StringBuilder phrase = new StringBuilder();
                boolean plain = true;
                for (int k = i; k < i + length; k++) {
                    Item item = items.get(k);
                    plain &= (item.kind() == Item.Kind.WORD || item.kind() == Item.Kind.LETTER)
                            && item.capitalisation() == Spoken.Capitalisation.NONE && !item.numeral();
                    phrase.append(k > i ? " " : "").append(item.spoken());
                }
                String written = plain ? lexicons.fixedExpressions.get(phrase.toString()) : null;
                if (written != null) {
                    out.add(Item.written(written, items.get(i).from(), items.get(i + length - 1).to(), Item.Role.PLAIN));
                    matched = length;
                }
            }
            if (matched == 0) {
                out.add(items.get(i));
                matched = 1;
            }
            i += matched;
        }
        return out;
    }
}

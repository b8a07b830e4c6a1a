package io.clinscribe.speech.cleanup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** README section 4: {@code cap} upper-cases a word's first letter, {@code all caps} the whole word as rendered. */
final class CapitalisationCommandStage implements PhraseStage {

    @Override
    public List<Item> apply(List<Item> items, Context context) {
        List<Item> out = new ArrayList<>();
        for (Item item : items) {
            String text = item.text();
            switch (item.capitalisation()) {
                case CAP -> out.add(item.withText(text.isEmpty() ? text
                        : Character.toUpperCase(text.charAt(0)) + text.substring(1)));
                case ALL_CAPS -> out.add(item.withText(text.toUpperCase(Locale.ROOT)));
                default -> out.add(item);
            }
        }
        return out;
    }
}

package io.clinscribe.speech.cleanup;

import java.util.ArrayList;
import java.util.List;

/** README 8.7: outside dates, {@code first} to {@code ninth} stay words; tenth and higher become 10th, 21st. */
final class OrdinalStage implements PhraseStage {

    @Override
    public List<Item> apply(List<Item> items, Context context) {
        List<Item> out = new ArrayList<>();
        for (Item item : items) {
            if (item.kind() != Item.Kind.ORDINAL) {
                out.add(item);
            } else if (item.ordinal() < 10) {
                // back to an ordinary word: "second" may still be a unit after a number
                out.add(new Item(Item.Kind.WORD, item.spoken(), item.spoken(), item.from(), item.to(),
                        Spoken.Capitalisation.NONE, false, null, 0, Item.Role.PLAIN));
            } else {
                out.add(Item.written(item.ordinal() + NumberWords.ordinalSuffix(item.ordinal()), item.from(), item.to(),
                        Item.Role.NUMERIC));
            }
        }
        return out;
    }
}

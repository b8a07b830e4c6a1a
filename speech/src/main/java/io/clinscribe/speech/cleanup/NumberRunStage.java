package io.clinscribe.speech.cleanup;

import java.util.ArrayList;
import java.util.List;

/**
 * README 8.1-8.2 and 8.7: groups ordinal words ({@code twenty first} included) and runs of number words
 * into single items, read by the {@link NumberReader}. Writing them is left to later stages.
 */
final class NumberRunStage implements PhraseStage {

    private final NumberReader reader;

    NumberRunStage(NumberReader reader) {
        this.reader = reader;
    }

    @Override
    public List<Item> apply(List<Item> items, Context context) {
        return numbers(ordinals(items));
    }

    private static List<Item> ordinals(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (Item item : items) {
            Integer value = item.isPlainWord() ? NumberWords.ordinal(item.spoken()) : null;
            if (value == null) {
                out.add(item);
                continue;
            }
            Item previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (value < 10 && previous != null && previous.isPlainWord() && !previous.numeral()
                    && NumberWords.TENS.containsKey(previous.spoken())) {
                out.remove(out.size() - 1);
                out.add(Item.ordinal(previous.spoken() + " " + item.spoken(),
                        NumberWords.TENS.get(previous.spoken()) + value, previous.from(), item.to()));
            } else {
                out.add(Item.ordinal(item.spoken(), value, item.from(), item.to()));
            }
        }
        return out;
    }

    private List<Item> numbers(List<Item> items) {
        List<Item> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            Item first = items.get(i);
            if (first.kind() == Item.Kind.WORD && first.capitalisation() == Spoken.Capitalisation.NONE
                    && (NumberWords.startsRun(first.spoken()) || first.spoken().equals("point"))) {
                List<String> words = new ArrayList<>();
                int end = i;
                while (end < items.size() && items.get(end).isPlainWord() && (end == i || !items.get(end).numeral())) {
                    words.add(items.get(end).spoken());
                    end++;
                }
                int[] source = new int[words.size()];
                for (int k = 0; k < source.length; k++) {
                    source[k] = items.get(i + k).to() - 1;
                }
                NumberReader.Reading reading = reader.read(words, 0, source);
                if (reading != null) {
                    Item last = items.get(i + reading.length() - 1);
                    out.add(Item.number(reading.number(), String.join(" ", words.subList(0, reading.length())),
                            first.from(), last.to(), first.numeral()));
                    i += reading.length();
                    continue;
                }
            }
            out.add(first);
            i++;
        }
        return out;
    }
}

package io.clinscribe.speech.cleanup;

import java.util.ArrayList;
import java.util.List;

/** README 9.2: a whole number followed by the letters {@code a m} or {@code p m} is a time of day. */
final class TimeOfDayStage implements PhraseStage {

    @Override
    public List<Item> apply(List<Item> items, Context context) {
        List<Item> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            Item item = items.get(i);
            if (item.kind() == Item.Kind.NUMBER && !item.number().hasFraction() && i + 2 < items.size()
                    && (items.get(i + 1).isLetter("a") || items.get(i + 1).isLetter("p"))
                    && items.get(i + 2).isLetter("m")) {
                String digits = item.number().integerDigits();
                if (digits.length() <= 4) {
                    String clock = digits.length() <= 2 ? digits
                            : digits.substring(0, digits.length() - 2) + ":" + digits.substring(digits.length() - 2);
                    String meridiem = items.get(i + 1).spoken() + ".m.";
                    out.add(Item.written(clock + " " + meridiem, item.from(), items.get(i + 2).to(), Item.Role.NUMERIC));
                    i += 3;
                    continue;
                }
            }
            out.add(item);
            i++;
        }
        return out;
    }
}

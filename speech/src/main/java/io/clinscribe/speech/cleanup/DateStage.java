package io.clinscribe.speech.cleanup;

import java.util.ArrayList;
import java.util.List;

/**
 * README 9.1: a month followed by a day (an ordinal, or a single cardinal from 1 to 31) and, after an
 * ordinal day, optionally a year; or a month followed by a four-digit year. A full date followed by a
 * word takes a comma after the year.
 */
final class DateStage implements PhraseStage {

    private final CleanupLexicons lexicons;

    DateStage(CleanupLexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public List<Item> apply(List<Item> items, Context context) {
        List<Item> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            Item month = items.get(i);
            Item next = i + 1 < items.size() ? items.get(i + 1) : null;
            if (month.isPlainWord() && lexicons.months.contains(month.spoken()) && next != null) {
                String name = capitalised(month.spoken());
                if (next.kind() == Item.Kind.ORDINAL && next.ordinal() >= 1 && next.ordinal() <= 31) {
                    Item year = i + 2 < items.size() && items.get(i + 2).kind() == Item.Kind.NUMBER
                            && !items.get(i + 2).number().hasFraction() ? items.get(i + 2) : null;
                    if (year == null) {
                        out.add(Item.written(name + " " + next.ordinal(), month.from(), next.to(), Item.Role.PLAIN));
                        i += 2;
                    } else {
                        boolean wordFollows = i + 3 < items.size();
                        out.add(Item.written(name + " " + next.ordinal() + ", " + year.number().integerDigits()
                                + (wordFollows ? "," : ""), month.from(), year.to(), Item.Role.PLAIN));
                        i += 3;
                    }
                    continue;
                }
                if (next.kind() == Item.Kind.NUMBER && !next.number().hasFraction()) {
                    SpokenNumber number = next.number();
                    int value = number.value().intValue();
                    boolean day = number.integer().size() == 1 && value >= 1 && value <= 31;
                    boolean year = number.integerDigits().length() == 4;
                    if (day || year) {
                        out.add(Item.written(name + " " + number.integerDigits(), month.from(), next.to(),
                                Item.Role.PLAIN));
                        i += 2;
                        continue;
                    }
                }
            }
            out.add(month);
            i++;
        }
        return out;
    }

    static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}

package io.clinscribe.speech.cleanup;

import java.util.Map;

/** The English number and ordinal words (README 8.1, 8.7): grammar rather than lexicon, so kept here. */
final class NumberWords {

    static final Map<String, Integer> UNITS = Map.of("zero", 0, "one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);
    static final Map<String, Integer> TEENS = Map.of("ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13,
            "fourteen", 14, "fifteen", 15, "sixteen", 16, "seventeen", 17, "eighteen", 18, "nineteen", 19);
    static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    static final Map<String, Integer> SCALES = Map.of("hundred", 100, "thousand", 1000, "million", 1_000_000);
    static final Map<String, Integer> UNIT_ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "fifth", 5, "sixth", 6, "seventh", 7, "eighth", 8, "ninth", 9);
    static final Map<String, Integer> OTHER_ORDINALS = Map.ofEntries(Map.entry("tenth", 10),
            Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("thirteenth", 13),
            Map.entry("fourteenth", 14), Map.entry("fifteenth", 15), Map.entry("sixteenth", 16),
            Map.entry("seventeenth", 17), Map.entry("eighteenth", 18), Map.entry("nineteenth", 19),
            Map.entry("twentieth", 20), Map.entry("thirtieth", 30), Map.entry("fortieth", 40),
            Map.entry("fiftieth", 50), Map.entry("sixtieth", 60), Map.entry("seventieth", 70),
            Map.entry("eightieth", 80), Map.entry("ninetieth", 90), Map.entry("hundredth", 100));

    private NumberWords() {
    }

    /** A word that can start a run of number words (never hundred, thousand or million). */
    static boolean startsRun(String word) {
        return UNITS.containsKey(word) || TEENS.containsKey(word) || TENS.containsKey(word);
    }

    static boolean isCardinal(String word) {
        return startsRun(word) || SCALES.containsKey(word);
    }

    static Integer ordinal(String word) {
        Integer value = UNIT_ORDINALS.get(word);
        return value != null ? value : OTHER_ORDINALS.get(word);
    }

    static String ordinalSuffix(int value) {
        int lastTwo = value % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return "th";
        }
        return switch (value % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    static String roman(int value) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }
}

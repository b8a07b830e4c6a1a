package io.clinscribe.speech.languagemodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Numbers as dictators say them: cardinals, the short forms ("one twenty"), decimals, years, times. */
final class SpokenNumbers {

    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"};

    private SpokenNumbers() {
    }

    /** The standard cardinal: 0 to 999,999. */
    static String cardinal(int n) {
        if (n < 0 || n >= 1_000_000) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        if (n < 20) {
            return ONES[n];
        }
        List<String> words = new ArrayList<>();
        if (n >= 1000) {
            words.add(cardinal(n / 1000));
            words.add("thousand");
            n %= 1000;
        }
        if (n >= 100) {
            words.add(ONES[n / 100]);
            words.add("hundred");
            n %= 100;
        }
        if (n >= 20) {
            words.add(TENS[n / 10]);
            if (n % 10 != 0) {
                words.add(ONES[n % 10]);
            }
        } else if (n > 0) {
            words.add(ONES[n]);
        }
        return String.join(" ", words);
    }

    /** 100-999 as often dictated: "one twenty", "one oh five", or the standard cardinal. */
    static String casual(int n, Random random) {
        if (n >= 100 && n < 1000 && n % 100 != 0 && random.nextBoolean()) {
            int rest = n % 100;
            return ONES[n / 100] + " " + (rest < 10 ? "oh " + ONES[rest] : cardinal(rest));
        }
        return cardinal(n);
    }

    /** A decimal with the given number of fraction digits, e.g. "four point five", "point two five". */
    static String decimal(int whole, int fraction, int digits, Random random) {
        StringBuilder s = new StringBuilder();
        if (whole > 0 || random.nextInt(3) > 0) {
            s.append(casual(whole, random)).append(' ');
        }
        s.append("point");
        String f = String.format("%0" + digits + "d", fraction);
        if (digits == 2 && fraction >= 10 && random.nextBoolean()) {
            return s.append(' ').append(cardinal(fraction)).toString();
        }
        for (char c : f.toCharArray()) {
            s.append(' ').append(c == '0' && random.nextInt(3) == 0 ? "oh" : ONES[c - '0']);
        }
        return s.toString();
    }

    /** A year: "nineteen ninety eight", "twenty nineteen", "two thousand twelve". */
    static String year(int year, Random random) {
        int century = year / 100;
        int rest = year % 100;
        if (year >= 2000 && year < 2010) {
            return cardinal(year);
        }
        if (year >= 2010 && random.nextInt(4) == 0) {
            return cardinal(year);
        }
        return cardinal(century) + " " + (rest == 0 ? "hundred" : rest < 10 ? "oh " + ONES[rest] : cardinal(rest));
    }

    /** A time of day: "seven thirty a m", "eleven oh five p m", "six a m", "eight o'clock". */
    static String clock(Random random) {
        int hour = 1 + random.nextInt(12);
        int[] minutes = {0, 0, 15, 30, 30, 45, 5, 10, 20, 40, 50};
        int minute = minutes[random.nextInt(minutes.length)];
        if (random.nextInt(6) == 0) {
            return cardinal(hour) + " o'clock";
        }
        String m = minute == 0 ? "" : " " + (minute < 10 ? "oh " + ONES[minute] : cardinal(minute));
        return cardinal(hour) + m + (random.nextBoolean() ? " a m" : " p m");
    }

    static String ordinal(int day) {
        String[] first = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth"};
        if (day < 20) {
            return first[day];
        }
        if (day % 10 == 0) {
            return TENS[day / 10].replaceAll("y$", "ieth");
        }
        return TENS[day / 10] + " " + first[day % 10];
    }
}

package io.clinscribe.speech.cleanup;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A number read from a run of number words (README 8.2): the digit strings of its integer parts, in
 * order, and those of its decimal part. Each part knows the spoken words it came from, so a letter code
 * can take the first part and leave the rest.
 */
record SpokenNumber(List<Part> integer, List<Part> fraction, int words) {

    /** Digits read from spoken words {@code [from, to)}. */
    record Part(String digits, int from, int to) {
    }

    SpokenNumber {
        integer = List.copyOf(integer);
        fraction = List.copyOf(fraction);
    }

    boolean hasFraction() {
        return !fraction.isEmpty();
    }

    String integerDigits() {
        return integer.stream().map(Part::digits).collect(Collectors.joining());
    }

    /** The digits as written (README 8.3): leading zero, no trailing zeros, commas for 5+ digit cardinals. */
    String written() {
        String whole = integer.isEmpty() ? "0" : integerDigits();
        if (integer.size() == 1 && whole.length() >= 5) {
            whole = withThousandsCommas(whole);
        }
        String decimals = fraction.stream().map(Part::digits).collect(Collectors.joining()).replaceAll("0+$", "");
        return decimals.isEmpty() ? whole : whole + "." + decimals;
    }

    BigDecimal value() {
        String whole = integer.isEmpty() ? "0" : integerDigits();
        String decimals = fraction.stream().map(Part::digits).collect(Collectors.joining());
        return new BigDecimal(decimals.isEmpty() ? whole : whole + "." + decimals);
    }

    /** A whole number from zero to nine spoken as a single word: the only kind that may stay a word. */
    boolean isCount() {
        return words == 1 && integer.size() == 1 && fraction.isEmpty() && value().intValue() <= 9;
    }

    boolean isOne() {
        return value().compareTo(BigDecimal.ONE) == 0;
    }

    /** The number left when a letter code takes the first integer part, or null if nothing is left. */
    SpokenNumber withoutFirstPart() {
        if (integer.size() < 2) {
            return null;
        }
        Part first = integer.get(0);
        return new SpokenNumber(integer.subList(1, integer.size()), fraction, words - (first.to() - first.from()));
    }

    private static String withThousandsCommas(String digits) {
        StringBuilder out = new StringBuilder();
        int head = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - head) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}

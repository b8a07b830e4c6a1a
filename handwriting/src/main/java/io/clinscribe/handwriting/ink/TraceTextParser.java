package io.clinscribe.handwriting.ink;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the text of one {@code <trace>} (InkML section 3.2.1): points separated by commas, values by white
 * space or simply by where the next number starts ({@code 1-2.5.5} is 1, -2.5, .5). A value may be prefixed
 * by {@code !} (explicit), {@code '} (first difference) or {@code "} (second difference); the prefix sticks to
 * its channel for the following points until another prefix changes it. {@code T}/{@code F} are boolean
 * values (1/0), {@code *} repeats the previous value and {@code ?} is unknown (NaN). Stateless: one call per
 * trace. Problems are reported as a {@link TraceSyntaxException} that names the point, never the text.
 */
final class TraceTextParser {

    private enum Order { EXPLICIT, FIRST_DIFFERENCE, SECOND_DIFFERENCE }

    /** Thrown with a message fit to follow "trace N: ". */
    static final class TraceSyntaxException extends Exception {
        TraceSyntaxException(String message) {
            super(message);
        }
    }

    private TraceTextParser() {
    }

    /**
     * Returns one row of {@code regularCount + intermittentCount} values per point (missing intermittent values
     * are NaN). Stops with an error once more than {@code maxPoints} points are seen.
     */
    static List<double[]> parse(String text, int regularCount, int intermittentCount, int maxPoints)
            throws TraceSyntaxException {
        int channels = regularCount + intermittentCount;
        Order[] order = new Order[channels];
        java.util.Arrays.fill(order, Order.EXPLICIT);
        double[] previous = new double[channels];
        double[] velocity = new double[channels];
        List<double[]> points = new ArrayList<>();
        int pos = 0;
        int length = text.length();
        while (pos <= length) {
            double[] row = new double[channels];
            java.util.Arrays.fill(row, Double.NaN);
            int count = 0;
            int pointNumber = points.size() + 1;
            while (true) {
                pos = skipSpace(text, pos);
                if (pos >= length || text.charAt(pos) == ',') {
                    break;
                }
                if (count == channels) {
                    throw new TraceSyntaxException("point " + pointNumber + " has more than " + channels
                            + " values, the trace format declares " + channels + " channels");
                }
                char c = text.charAt(pos);
                if (c == '!' || c == '\'' || c == '"') {
                    order[count] = c == '!' ? Order.EXPLICIT : c == '\'' ? Order.FIRST_DIFFERENCE : Order.SECOND_DIFFERENCE;
                    pos = skipSpace(text, pos + 1);
                    if (pos >= length) {
                        throw new TraceSyntaxException("point " + pointNumber + " ends after a difference prefix");
                    }
                    c = text.charAt(pos);
                }
                double read;
                boolean repeat = false;
                if (c == 'T' || c == 'F') {
                    read = c == 'T' ? 1 : 0;
                    pos++;
                } else if (c == '*') {
                    repeat = true;
                    read = 0;
                    pos++;
                } else if (c == '?') {
                    read = Double.NaN;
                    pos++;
                } else {
                    int end = numberEnd(text, pos);
                    if (end == pos) {
                        throw new TraceSyntaxException("point " + pointNumber + ", value " + (count + 1)
                                + " is not a number");
                    }
                    read = parseNumber(text, pos, end);
                    pos = end;
                }
                row[count] = combine(count, read, repeat, order, previous, velocity, points.isEmpty());
                count++;
            }
            if (count == 0) {
                // Empty text or a trailing comma add nothing; an empty point before a comma is an error.
                if (pos < length) {
                    throw new TraceSyntaxException("point " + pointNumber + " is empty");
                }
            } else {
                if (count < regularCount) {
                    throw new TraceSyntaxException("point " + pointNumber + " has " + count + " values, the trace format declares "
                            + regularCount + " channels");
                }
                if (points.size() == maxPoints) {
                    throw new TraceSyntaxException("more than " + maxPoints + " points");
                }
                points.add(row);
            }
            pos++; // past the comma (or past the end, which ends the loop)
        }
        return points;
    }

    /**
     * Some exporters (InkSight, a few web tools) write "x,y x,y": commas inside points and spaces between them,
     * the other way round from InkML. For two-channel traces where every space-separated token is exactly one
     * "number,number" pair, this reads it as meant; otherwise it returns null.
     */
    static String swappedSeparators(String text, int channels) {
        if (channels != 2) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        String[] pairs = trimmed.split("\\s+");
        StringBuilder fixed = new StringBuilder(trimmed.length());
        for (String pair : pairs) {
            // Checked token by token: one regular expression over the whole text would recurse per point.
            if (!SWAPPED_PAIR.matcher(pair).matches()) {
                return null;
            }
            if (fixed.length() > 0) {
                fixed.append(',');
            }
            fixed.append(pair.replace(',', ' '));
        }
        return fixed.toString();
    }

    private static final java.util.regex.Pattern SWAPPED_PAIR = java.util.regex.Pattern.compile("-?[0-9.]+,-?[0-9.]+");

    private static double combine(int channel, double read, boolean repeat, Order[] order, double[] previous,
                                  double[] velocity, boolean firstPoint) {
        double value;
        if (repeat) {
            value = firstPoint ? Double.NaN : previous[channel];
        } else {
            value = switch (order[channel]) {
                case EXPLICIT -> read;
                case FIRST_DIFFERENCE -> previous[channel] + read;
                case SECOND_DIFFERENCE -> previous[channel] + velocity[channel] + read;
            };
        }
        // The velocity is kept for every point so that a later switch to second differences continues from it.
        velocity[channel] = firstPoint ? 0 : value - previous[channel];
        previous[channel] = value;
        return value;
    }

    private static int skipSpace(String text, int pos) {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    /**
     * End of a number starting at pos, per the InkML grammar: "-"? wsp* then digits with at most one "." and an
     * optional exponent, or "#" and hex digits. Returns pos when there is no number there.
     */
    private static int numberEnd(String text, int pos) {
        int i = pos;
        int length = text.length();
        if (i < length && text.charAt(i) == '#') {
            i++;
            while (i < length && Character.digit(text.charAt(i), 16) >= 0) {
                i++;
            }
            int hexDigits = i - pos - 1;
            return hexDigits >= 1 && hexDigits <= 15 ? i : pos;
        }
        if (i < length && text.charAt(i) == '-') {
            i = skipSpace(text, i + 1);
        }
        int digits = 0;
        boolean dot = false;
        while (i < length) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
            i++;
        }
        if (digits == 0) {
            return pos;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < length && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            int exponentStart = j;
            while (j < length && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                j++;
            }
            if (j > exponentStart) {
                i = j;
            }
        }
        if (i < length && Character.isLetter(text.charAt(i)) && text.charAt(i) != 'T' && text.charAt(i) != 'F') {
            return pos; // "12px" or "1e": not InkML numbers
        }
        return i;
    }

    private static double parseNumber(String text, int start, int end) {
        if (text.charAt(start) == '#') {
            return Long.parseLong(text.substring(start + 1, end), 16);
        }
        String number = text.substring(start, end);
        return Double.parseDouble(number.charAt(0) == '-' ? "-" + number.substring(1).strip() : number);
    }
}

package io.clinscribe.nlp.assertion;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of one sentence, lower-cased, with their document offsets. Words keep internal hyphens
 * ("her2-negative", "x-ray"), apostrophes ("father's") and decimal points ("6.2") so that a cue word
 * glued into a longer word is not mistaken for the cue; every other non-space character is a token.
 */
final class ClauseTokens {
    private final int[] begin;
    private final int[] end;
    private final String[] text;
    private final int size;

    private ClauseTokens(int[] begin, int[] end, String[] text, int size) {
        this.begin = begin;
        this.end = end;
        this.text = text;
        this.size = size;
    }

    static ClauseTokens of(CharSequence doc, int from, int to) {
        int capacity = Math.max(4, (to - from) / 3 + 2);
        int[] b = new int[capacity];
        int[] e = new int[capacity];
        String[] t = new String[capacity];
        int n = 0;
        StringBuilder word = new StringBuilder(32);
        int i = from;
        while (i < to) {
            char c = doc.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            word.setLength(0);
            if (Character.isLetterOrDigit(c)) {
                boolean hasLetter = false;
                while (i < to) {
                    char d = doc.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        hasLetter |= Character.isLetter(d);
                        word.append(Character.toLowerCase(d));
                        i++;
                    } else if (i + 1 < to && joins(d, doc.charAt(i - 1), doc.charAt(i + 1), hasLetter)) {
                        word.append(d == '\u2019' ? '\'' : d);
                        i++;
                    } else {
                        break;
                    }
                }
            } else {
                word.append(c);
                i++;
            }
            if (n == b.length) {
                b = java.util.Arrays.copyOf(b, n * 2);
                e = java.util.Arrays.copyOf(e, n * 2);
                t = java.util.Arrays.copyOf(t, n * 2);
            }
            b[n] = start;
            e[n] = i;
            t[n] = word.toString();
            n++;
        }
        return new ClauseTokens(b, e, t, n);
    }

    /** Whether punctuation {@code c} between {@code before} and {@code after} stays inside the word. */
    private static boolean joins(char c, char before, char after, boolean wordHasLetter) {
        if (!Character.isLetterOrDigit(after)) {
            return false;
        }
        switch (c) {
            case '-':
                // "x-ray", "her2-negative" stay whole; "2-day" and "48-72" split so numbers stay numbers
                return Character.isLetter(after) && wordHasLetter;
            case '\'':
            case '\u2019':
                return Character.isLetter(before) && Character.isLetter(after);
            case '.':
                return Character.isDigit(before) && Character.isDigit(after);
            default:
                return false;
        }
    }

    /** Normalises a lexicon phrase with the same rules as note text. */
    static List<String> phrase(String phrase) {
        ClauseTokens tokens = of(phrase, 0, phrase.length());
        List<String> out = new ArrayList<>(tokens.size);
        for (int i = 0; i < tokens.size; i++) {
            out.add(tokens.text[i]);
        }
        return out;
    }

    /** A free-standing dash (" - "), which separates clauses in notes, as opposed to "48-72". */
    boolean isSpacedDash(int i) {
        return text[i].equals("-") && (i == 0 || begin[i] > end[i - 1]);
    }

    int size() {
        return size;
    }

    String text(int i) {
        return text[i];
    }

    int begin(int i) {
        return begin[i];
    }

    int end(int i) {
        return end[i];
    }
}

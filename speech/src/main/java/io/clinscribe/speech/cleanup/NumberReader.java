package io.clinscribe.speech.cleanup;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a run of number words (README 8.1-8.2) greedily from the left: the longest standard cardinal,
 * then the longest after it, and so on; {@code oh} as a zero digit after a number word; {@code point}
 * for the decimal point; {@code and} inside a cardinal only when what follows completes that cardinal.
 * Stateless.
 */
final class NumberReader {

    /** A number and how many of the given words it used. */
    record Reading(SpokenNumber number, int length) {
    }

    private record Cardinal(long value, int end) {
    }

    /**
     * Reads the number starting at {@code words[start]}, with parts indexed by {@code sourceIndex[k]} (the
     * spoken index of each word), or returns null when no number starts there.
     */
    Reading read(List<String> words, int start, int[] sourceIndex) {
        int limit = words.size();
        List<SpokenNumber.Part> integer = new ArrayList<>();
        int j = start;
        while (j < limit) {
            String word = words.get(j);
            if (NumberWords.startsRun(word)) {
                Cardinal cardinal = scaled(words, j, limit, 2);
                integer.add(new SpokenNumber.Part(Long.toString(cardinal.value()), sourceIndex[j],
                        sourceIndex[cardinal.end() - 1] + 1));
                j = cardinal.end();
            } else if (word.equals("oh") && j > start) {
                integer.add(new SpokenNumber.Part("0", sourceIndex[j], sourceIndex[j] + 1));
                j++;
            } else {
                break;
            }
        }
        List<SpokenNumber.Part> fraction = new ArrayList<>();
        if (j + 1 < limit && words.get(j).equals("point")
                && (NumberWords.startsRun(words.get(j + 1)) || words.get(j + 1).equals("oh"))) {
            j++;
            while (j < limit) {
                String word = words.get(j);
                if (NumberWords.startsRun(word)) {
                    Cardinal cardinal = scaled(words, j, limit, 2);
                    fraction.add(new SpokenNumber.Part(Long.toString(cardinal.value()), sourceIndex[j],
                            sourceIndex[cardinal.end() - 1] + 1));
                    j = cardinal.end();
                } else if (word.equals("oh")) {
                    fraction.add(new SpokenNumber.Part("0", sourceIndex[j], sourceIndex[j] + 1));
                    j++;
                } else {
                    break;
                }
            }
        }
        if (integer.isEmpty() && fraction.isEmpty()) {
            return null;
        }
        return new Reading(new SpokenNumber(integer, fraction, j - start), j - start);
    }

    /** Convenience for plain word lists whose indices are their own. */
    Reading read(List<String> words, int start) {
        int[] identity = new int[words.size()];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i;
        }
        return read(words, start, identity);
    }

    /**
     * The longest standard cardinal at {@code j}, below 100 (level -1), below 10^4 with "hundred" (0),
     * with "thousand" (1) or with "million" (2).
     */
    private static Cardinal scaled(List<String> words, int j, int limit, int level) {
        if (level < 0) {
            return belowHundred(words, j, limit);
        }
        Cardinal head = scaled(words, j, limit, level - 1);
        if (head == null || head.value() == 0) {
            return head;
        }
        String scaleWord = level == 0 ? "hundred" : level == 1 ? "thousand" : "million";
        long maximum = level == 0 ? 99 : 999;
        if (head.end() < limit && words.get(head.end()).equals(scaleWord) && head.value() <= maximum) {
            long base = head.value() * NumberWords.SCALES.get(scaleWord);
            Cardinal rest = rest(words, head.end() + 1, limit, level - 1);
            return rest == null ? new Cardinal(base, head.end() + 1) : new Cardinal(base + rest.value(), rest.end());
        }
        return head;
    }

    /** What may follow a scale word: a smaller cardinal, or "and" plus a smaller cardinal using all the run. */
    private static Cardinal rest(List<String> words, int k, int limit, int level) {
        if (k >= limit) {
            return null;
        }
        if (words.get(k).equals("and")) {
            int runEnd = k + 1;
            while (runEnd < limit && NumberWords.isCardinal(words.get(runEnd))) {
                runEnd++;
            }
            if (runEnd == k + 1 || !NumberWords.startsRun(words.get(k + 1))) {
                return null;
            }
            Cardinal completion = scaled(words, k + 1, runEnd, level);
            return completion != null && completion.end() == runEnd && completion.value() > 0 ? completion : null;
        }
        if (NumberWords.startsRun(words.get(k))) {
            Cardinal completion = scaled(words, k, limit, level);
            return completion != null && completion.value() > 0 ? completion : null;
        }
        return null;
    }

    private static Cardinal belowHundred(List<String> words, int j, int limit) {
        String word = words.get(j);
        Integer unit = NumberWords.UNITS.get(word);
        if (unit != null) {
            return new Cardinal(unit, j + 1);
        }
        Integer teen = NumberWords.TEENS.get(word);
        if (teen != null) {
            return new Cardinal(teen, j + 1);
        }
        Integer tens = NumberWords.TENS.get(word);
        if (tens == null) {
            return null;
        }
        if (j + 1 < limit) {
            Integer next = NumberWords.UNITS.get(words.get(j + 1));
            if (next != null && next > 0) {
                return new Cardinal(tens + next, j + 2);
            }
        }
        return new Cardinal(tens, j + 1);
    }
}

package io.clinscribe.speech.cleanup;

import io.clinscribe.evaluation.EditDistance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores dictation clean-up on (id, spoken, expected) pairs as {@code eval/dictation/README.md}
 * section 1 defines: the exact-match rate of whole outputs, and the character error rate (the sum of
 * Levenshtein distances over the sum of expected lengths, on unescaped strings). No normalisation.
 */
public final class DictationCleanupEvaluation {

    /** One pair of the file: {@code expected} with {@code \n} escapes, as stored. */
    public record Pair(String id, String spoken, String expected) {
    }

    /** A pair whose output differs, with the unescaped expected and actual text and their distance. */
    public record Mismatch(String id, String expected, String actual, int distance) {
    }

    public record Result(int pairs, int exactMatches, long distance, long expectedLength, List<Mismatch> mismatches) {

        public Result {
            mismatches = List.copyOf(mismatches);
        }

        public double exactMatchRate() {
            return pairs == 0 ? 0 : (double) exactMatches / pairs;
        }

        public double characterErrorRate() {
            return expectedLength == 0 ? 0 : (double) distance / expectedLength;
        }

        /** One line for a report, for example "exact match 118/120 (98.3%), CER 0.0042". */
        public String summary() {
            return String.format(java.util.Locale.ROOT, "exact match %d/%d (%.1f%%), CER %.4f", exactMatches, pairs,
                    100 * exactMatchRate(), characterErrorRate());
        }
    }

    private final DictationCleanup cleanup;

    public DictationCleanupEvaluation(DictationCleanup cleanup) {
        this.cleanup = cleanup;
    }

    public Result evaluate(List<Pair> pairs) {
        int exact = 0;
        long distance = 0;
        long length = 0;
        List<Mismatch> mismatches = new ArrayList<>();
        for (Pair pair : pairs) {
            String expected = unescape(pair.expected());
            String actual = cleanup.clean(pair.spoken()).text();
            int d = EditDistance.characters(expected, actual);
            distance += d;
            length += expected.length();
            if (expected.equals(actual)) {
                exact++;
            } else {
                mismatches.add(new Mismatch(pair.id(), expected, actual, d));
            }
        }
        return new Result(pairs.size(), exact, distance, length, mismatches);
    }

    /** Reads a pair file: header {@code id<TAB>spoken<TAB>expected}, then three tab-separated fields a line. */
    public static List<Pair> readPairs(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readPairs(reader);
        }
    }

    public static List<Pair> readPairs(Reader source) throws IOException {
        BufferedReader reader = source instanceof BufferedReader buffered ? buffered : new BufferedReader(source);
        List<Pair> pairs = new ArrayList<>();
        String header = reader.readLine();
        if (header == null || !header.equals("id\tspoken\texpected")) {
            throw new IOException("not a dictation pair file: the header must be id<TAB>spoken<TAB>expected");
        }
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3) {
                throw new IOException("line " + number + ": expected 3 tab-separated fields, found " + fields.length);
            }
            pairs.add(new Pair(fields[0], fields[1], fields[2]));
        }
        return pairs;
    }

    /** Turns each two-character {@code \n} escape into a line feed. */
    public static String unescape(String stored) {
        return stored.replace("\\n", "\n");
    }

    public static String escape(String text) {
        return text.replace("\n", "\\n");
    }
}

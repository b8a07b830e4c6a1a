package io.clinscribe.speech.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Word errors of a hypothesis against a reference, from a minimum-edit alignment: substitutions,
 * deletions and insertions. Word error rate = (S + D + I) / N over reference words; summing counts
 * across recordings before dividing gives the corpus rate.
 */
public record WordErrors(int substitutions, int deletions, int insertions, int referenceWords) {

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9' ]+");

    public static final WordErrors NONE = new WordErrors(0, 0, 0, 0);

    public WordErrors plus(WordErrors other) {
        return new WordErrors(substitutions + other.substitutions, deletions + other.deletions,
                insertions + other.insertions, referenceWords + other.referenceWords);
    }

    public int errors() {
        return substitutions + deletions + insertions;
    }

    public double rate() {
        return referenceWords == 0 ? 0 : (double) errors() / referenceWords;
    }

    /** Aligns two word sequences (Levenshtein over words; substitution, deletion and insertion cost 1). */
    public static WordErrors align(List<String> reference, List<String> hypothesis) {
        int n = reference.size();
        int m = hypothesis.size();
        int[][] cost = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            cost[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            cost[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int diagonal = cost[i - 1][j - 1] + (reference.get(i - 1).equals(hypothesis.get(j - 1)) ? 0 : 1);
                cost[i][j] = Math.min(diagonal, Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1));
            }
        }
        int s = 0;
        int d = 0;
        int ins = 0;
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && cost[i][j] == cost[i - 1][j - 1]
                    + (reference.get(i - 1).equals(hypothesis.get(j - 1)) ? 0 : 1)) {
                if (!reference.get(i - 1).equals(hypothesis.get(j - 1))) {
                    s++;
                }
                i--;
                j--;
            } else if (i > 0 && cost[i][j] == cost[i - 1][j] + 1) {
                d++;
                i--;
            } else {
                ins++;
                j--;
            }
        }
        return new WordErrors(s, d, ins, n);
    }

    /**
     * Words of a transcript for scoring: lower case, punctuation other than the apostrophe removed, so
     * references written with capitals and punctuation compare with a recogniser's bare words.
     */
    public static List<String> words(String transcript) {
        String plain = NOT_WORD.matcher(transcript.toLowerCase(Locale.ROOT).replace('-', ' ')).replaceAll(" ").strip();
        return plain.isEmpty() ? List.of() : List.of(plain.split("\\s+"));
    }
}

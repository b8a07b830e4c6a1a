package io.clinscribe.evaluation;

import java.util.List;

/**
 * Levenshtein distance (insertions, deletions and substitutions cost 1), the count behind character and
 * word error rates: over the characters of two strings or the items of two lists. Two rows of memory.
 */
public final class EditDistance {

    private EditDistance() {
    }

    public static int characters(CharSequence a, CharSequence b) {
        return distance(a.length(), b.length(), (i, j) -> a.charAt(i) == b.charAt(j));
    }

    public static <T> int items(List<T> a, List<T> b) {
        return distance(a.size(), b.size(), (i, j) -> a.get(i).equals(b.get(j)));
    }

    private interface Same {
        boolean at(int i, int j);
    }

    private static int distance(int n, int m, Same same) {
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            for (int j = 1; j <= m; j++) {
                int substitution = previous[j - 1] + (same.at(i - 1, j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m];
    }
}

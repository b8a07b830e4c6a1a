package io.clinscribe.speech.cleanup;

/**
 * A stretch of clean text a person should check: characters {@code [begin, end)} of the clean text,
 * from spoken words {@code [firstWord, endWord)}. The reason is short and contains no patient text
 * (for example "possible misheard command: colon").
 */
public record ReviewFlag(int begin, int end, int firstWord, int endWord, String reason) {

    public ReviewFlag {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad character range [" + begin + ", " + end + ")");
        }
        if (firstWord < 0 || endWord < firstWord) {
            throw new IllegalArgumentException("bad word range [" + firstWord + ", " + endWord + ")");
        }
    }
}

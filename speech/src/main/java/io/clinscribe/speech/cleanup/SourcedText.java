package io.clinscribe.speech.cleanup;

/**
 * A piece of clean text and the spoken words it was written from: characters {@code [begin, end)} of
 * the clean text came from spoken words {@code [firstWord, endWord)} (indices into the cleaner's input).
 * This is what lets every entry found in the clean text point back to the audio it was dictated in.
 */
public record SourcedText(int begin, int end, int firstWord, int endWord) {

    public SourcedText {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad character range [" + begin + ", " + end + ")");
        }
        if (firstWord < 0 || endWord <= firstWord) {
            throw new IllegalArgumentException("bad word range [" + firstWord + ", " + endWord + ")");
        }
    }
}

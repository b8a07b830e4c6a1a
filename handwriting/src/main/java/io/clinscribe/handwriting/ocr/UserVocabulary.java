package io.clinscribe.handwriting.ocr;

import java.util.List;

/**
 * Words and word patterns Tesseract's LSTM decoder should favour, beyond its own English dictionary: a
 * clinic's drug, problem and unit words. A word in the list scores better in the decoder's beam than a
 * look-alike that is not, so a half-legible "metformin" is less often read as "metfonnin".
 * Patterns use Tesseract's user-patterns syntax ({@code \d} a digit, {@code \c} a letter, {@code \*} repeats
 * the previous class), as in {@code \d\d\d/\d\d} for a blood pressure.
 */
public record UserVocabulary(List<String> words, List<String> patterns) {

    public UserVocabulary {
        words = List.copyOf(words);
        patterns = List.copyOf(patterns);
        for (String w : words) {
            if (w.isBlank() || w.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("a user word must be one non-blank token");
            }
        }
        for (String p : patterns) {
            if (p.isBlank() || p.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("a user pattern must be one non-blank token");
            }
        }
    }

    /** No words beyond Tesseract's own dictionary. */
    public static UserVocabulary none() {
        return new UserVocabulary(List.of(), List.of());
    }

    public boolean isEmpty() {
        return words.isEmpty() && patterns.isEmpty();
    }

    @Override
    public String toString() {
        return "UserVocabulary[" + words.size() + " words, " + patterns.size() + " patterns]";
    }
}

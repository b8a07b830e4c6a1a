package io.clinscribe.handwriting.correction;

import io.clinscribe.evaluation.EditDistance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Puts right an OCR word that is a near miss of a drug name, only where the evidence is strong: the word
 * stands before a dose (a number follows within three words on its line), was read with low confidence,
 * is not itself a known drug or another term of the terminology, and exactly one drug name is closest to
 * it, within one edit for words of 6-7 letters or two for longer ones. Without the dose context, measured
 * on the project's handwritten pages, most corrections turned ordinary words into drugs. The caller keeps the original word and
 * flags whatever entry the correction touches for review; nothing is corrected silently.
 */
public final class TerminologyCorrector {

    /** Words read at or above this confidence (0-100) are left as read. */
    public static final double TRUSTED_CONFIDENCE = 85;

    private final DrugVocabulary vocabulary;
    private final Map<Integer, List<String>> byLength = new TreeMap<>();

    public TerminologyCorrector(DrugVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (String word : vocabulary.words()) {
            byLength.computeIfAbsent(word.length(), n -> new ArrayList<>()).add(word);
        }
    }

    /** A page's words with near-miss drug names before a dose put right (each remembering what was read). */
    public List<io.clinscribe.handwriting.ocr.OcrWord> correct(List<io.clinscribe.handwriting.ocr.OcrWord> words) {
        List<io.clinscribe.handwriting.ocr.OcrWord> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            io.clinscribe.handwriting.ocr.OcrWord word = words.get(i);
            boolean beforeDose = false;
            for (int k = i + 1; k <= i + 3 && k < words.size(); k++) {
                beforeDose |= words.get(k).sameLine(word) && words.get(k).text().chars().anyMatch(Character::isDigit);
            }
            Optional<String> fixed = correct(word.text(), word.confidence(), beforeDose);
            out.add(fixed.map(word::correctedTo).orElse(word));
        }
        return out;
    }

    /** The corrected spelling of {@code word} (keeping its capital and trailing punctuation), if one is certain. */
    public Optional<String> correct(String word, double confidence, boolean beforeDose) {
        if (!beforeDose || confidence >= TRUSTED_CONFIDENCE) {
            return Optional.empty();
        }
        int end = word.length();
        while (end > 0 && !Character.isLetter(word.charAt(end - 1))) {
            end--;
        }
        String letters = word.substring(0, end);
        String suffix = word.substring(end);
        String lower = letters.toLowerCase(Locale.ROOT);
        if (lower.length() < 6 || !lower.chars().allMatch(c -> c >= 'a' && c <= 'z') || vocabulary.contains(lower)
                || vocabulary.isOtherTerm(lower)) {
            return Optional.empty();
        }
        int allowed = lower.length() >= 8 ? 2 : 1;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (int length = lower.length() - allowed; length <= lower.length() + allowed; length++) {
            for (String candidate : byLength.getOrDefault(length, List.of())) {
                int d = EditDistance.characters(lower, candidate);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = candidate;
                    tie = false;
                } else if (d == bestDistance) {
                    tie = true;
                }
            }
        }
        if (best == null || bestDistance > allowed || tie) {
            return Optional.empty();
        }
        String cased = Character.isUpperCase(letters.charAt(0))
                ? Character.toUpperCase(best.charAt(0)) + best.substring(1) : best;
        return Optional.of(cased + suffix);
    }
}

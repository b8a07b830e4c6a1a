package io.clinscribe.handwriting.correction;

import io.clinscribe.handwriting.ocr.OcrWord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TerminologyCorrectorTest {

    private static TerminologyCorrector corrector;

    @BeforeAll
    static void load() {
        corrector = new TerminologyCorrector(DrugVocabulary.load());
    }

    @Test
    void aNearMissDrugNameBeforeADoseIsPutRight() {
        assertEquals(Optional.of("Lisinopril"), corrector.correct("Lisinepril", 40, true));
        assertEquals(Optional.of("furosemide,"), corrector.correct("cucosemide,", 41, true));
    }

    @Test
    void onlyWhereTheEvidenceIsStrong() {
        assertEquals(Optional.empty(), corrector.correct("Lisinepril", 40, false), "no dose after it");
        assertEquals(Optional.empty(), corrector.correct("Lisinepril", 95, true), "read with confidence");
        assertEquals(Optional.empty(), corrector.correct("diabetes", 30, true), "another term of the terminology");
        assertEquals(Optional.empty(), corrector.correct("metformin", 30, true), "already a drug");
        assertEquals(Optional.empty(), corrector.correct("xqzwvkpl", 30, true), "nothing near");
    }

    @Test
    void aCorrectedWordRemembersWhatWasRead() {
        List<OcrWord> words = corrector.correct(List.of(
                new OcrWord("Meteprolel", 0, 0, 100, 30, 13, 1, 1, 1),
                new OcrWord("25", 110, 0, 140, 30, 90, 1, 1, 1),
                new OcrWord("mg", 150, 0, 190, 30, 90, 1, 1, 1)));
        assertEquals("Metoprolol", words.get(0).text());
        assertEquals(Optional.of("Meteprolel"), words.get(0).readAs());
        assertEquals(Optional.empty(), words.get(1).readAs());
    }
}

package io.clinscribe.handwriting.correction;

import io.clinscribe.handwriting.ocr.UserVocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClinicalVocabularyTest {

    private static UserVocabulary vocabulary;
    private static Set<String> words;

    @BeforeAll
    static void load() {
        vocabulary = ClinicalVocabulary.load(DrugVocabulary.load());
        words = new HashSet<>(vocabulary.words());
    }

    @Test
    void drugNamesComeInTheCasesHandwritingUses() {
        assertTrue(words.containsAll(List.of("metformin", "Metformin", "METFORMIN", "apixaban", "Furosemide")));
    }

    @Test
    void problemWordsComeFromTheProjectsProblemLexicon() {
        assertTrue(words.containsAll(List.of("nstemi", "NSTEMI", "GERD", "CKD", "afib", "tachycardic", "covid-19")));
    }

    @Test
    void unitSigVitalAndHeadingWordsComeFromTheLexicons() {
        assertTrue(words.containsAll(List.of("mg", "mcg", "mL", "mmHg", "bpm", "mg/dL", "mmol/L")), "units");
        assertTrue(words.containsAll(List.of("PO", "BID", "bid", "PRN", "q.d.", "daily", "nightly", "tablets")), "sig words");
        assertTrue(words.containsAll(List.of("SpO2", "BP", "HR", "RR", "Tmax")), "vital-sign names");
        assertTrue(words.containsAll(List.of("HPI", "PMH", "Meds", "Allergies", "Assessment")), "section headings");
    }

    @Test
    void onlySingleTokensThatTesseractCanMatch() {
        for (String w : vocabulary.words()) {
            assertTrue(w.length() >= 2 && w.chars().noneMatch(Character::isWhitespace), w);
            assertFalse(w.contains("\\") || w.contains("("), w);
        }
    }

    @Test
    void patternsDescribeBloodPressuresAndDecimalsWithoutTheirComments() {
        assertTrue(vocabulary.patterns().contains("\\d\\d\\d/\\d\\d"));
        assertTrue(vocabulary.patterns().contains("\\d\\d.\\d"));
        assertTrue(vocabulary.patterns().stream().noneMatch(p -> p.startsWith("#")));
    }

    @Test
    void plainAlternativesOfALexiconRegexAreKeptAndPatternsDropped() {
        assertEquals(List.of("heart rate", "pulse", "HR"), ClinicalVocabulary.plainAlternatives("heart\\s+rate|pulse|HR|temp\\.?"));
    }
}

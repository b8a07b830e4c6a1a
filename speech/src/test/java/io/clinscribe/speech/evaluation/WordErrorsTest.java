package io.clinscribe.speech.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordErrorsTest {

    @Test
    void countsSubstitutionsDeletionsAndInsertions() {
        WordErrors e = WordErrors.align(WordErrors.words("lisinopril ten milligrams p o daily period"),
                WordErrors.words("lies in april ten milligrams p daily period"));
        // lisinopril -> lies (S), + in, + april (I), o deleted (D)
        assertEquals(new WordErrors(1, 1, 2, 7), e);
        assertEquals(4.0 / 7, e.rate(), 1e-9);
    }

    @Test
    void referencesWithCapitalsAndPunctuationCompareAsBareWords() {
        assertEquals(List.of("and", "so", "my", "fellow", "americans", "ask", "not", "patient's"),
                WordErrors.words("And so, my fellow Americans, ask not -- patient's."));
        assertEquals(WordErrors.NONE.plus(new WordErrors(0, 0, 0, 3)),
                WordErrors.align(List.of("a", "b", "c"), List.of("a", "b", "c")));
    }

    @Test
    void corpusRateSumsCountsBeforeDividing() {
        WordErrors total = new WordErrors(1, 0, 0, 10).plus(new WordErrors(0, 1, 1, 2));
        assertEquals(3.0 / 12, total.rate(), 1e-9);
        assertEquals(0, WordErrors.align(List.of(), List.of()).rate());
    }
}

package io.clinscribe.speech.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictationCleanupEvaluationTest {

    @Test
    void readsPairsSplitOnTabsWithoutQuoting() throws IOException {
        String file = "id\tspoken\texpected\n"
                + "a-1\tplan colon admit period\tPLAN:\\nAdmit.\n"
                + "a-2\tshe said quote fine unquote period\tShe said \"fine.\"\n";
        List<DictationCleanupEvaluation.Pair> pairs = DictationCleanupEvaluation.readPairs(new StringReader(file));
        assertEquals(2, pairs.size());
        assertEquals("PLAN:\\nAdmit.", pairs.get(0).expected());
        assertEquals("She said \"fine.\"", pairs.get(1).expected());
    }

    @Test
    void rejectsAFileWithoutTheHeaderOrWithBadLines() {
        assertThrows(IOException.class, () -> DictationCleanupEvaluation.readPairs(new StringReader("x\ty\n")));
        assertThrows(IOException.class, () -> DictationCleanupEvaluation.readPairs(
                new StringReader("id\tspoken\texpected\nonly\ttwo\n")));
    }

    @Test
    void scoresExactMatchesAndCharacterErrorRateOnUnescapedText() {
        DictationCleanupEvaluation evaluation = new DictationCleanupEvaluation(CleanupCases.CLEANUP);
        DictationCleanupEvaluation.Result result = evaluation.evaluate(List.of(
                new DictationCleanupEvaluation.Pair("p1", "plan colon admit period", "PLAN:\\nAdmit."),
                new DictationCleanupEvaluation.Pair("p2", "no pain period", "No pains.")));
        assertEquals(2, result.pairs());
        assertEquals(1, result.exactMatches());
        assertEquals(0.5, result.exactMatchRate());
        assertEquals(1, result.distance());
        assertEquals("PLAN:\nAdmit.".length() + "No pains.".length(), result.expectedLength());
        assertEquals(1.0 / 21, result.characterErrorRate(), 1e-9);
        assertEquals(List.of(new DictationCleanupEvaluation.Mismatch("p2", "No pains.", "No pain.", 1)),
                result.mismatches());
        assertEquals("exact match 1/2 (50.0%), CER 0.0476", result.summary());
    }

    @Test
    void levenshteinCountsEdits() {
        assertEquals(3, io.clinscribe.evaluation.EditDistance.characters("kitten", "sitting"));
        assertEquals(0, io.clinscribe.evaluation.EditDistance.characters("", ""));
        assertEquals(4, io.clinscribe.evaluation.EditDistance.characters("", "abcd"));
    }
}

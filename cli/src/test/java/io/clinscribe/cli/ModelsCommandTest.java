package io.clinscribe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModelsCommandTest {

    @Test
    void listsEveryModelWithItsSourceAndLicence() {
        TextCommandTest.Run run = TextCommandTest.run("models");
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains("sno_rx_16ab-terms"), run.out());
        assertTrue(run.out().contains("UMLS Metathesaurus License"), run.out());
        assertTrue(run.out().contains("org.apache.ctakes:ctakes-pos-tagger-models:5.0.0"), run.out());
        assertTrue(!run.out().contains("MISSING"), run.out());
        assertTrue(run.out().contains("clinical-dictation-lm"), run.out());
        assertTrue(run.out().contains("vosk-model") && run.out().contains("alphacephei.com/vosk/models"), run.out());
    }
}

package io.clinscribe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static boolean pocketSphinxInstalled() {
        return Files.isRegularFile(Path.of("/usr/share/pocketsphinx/model/en-us/en-us/mdef"))
                && Files.isExecutable(Path.of("/usr/bin/pocketsphinx_continuous"));
    }

    static List<JsonNode> documents(String jsonLines) throws Exception {
        List<JsonNode> docs = new ArrayList<>();
        for (String line : jsonLines.split("\n")) {
            if (!line.isBlank()) {
                docs.add(JSON.readTree(line));
            }
        }
        return docs;
    }

    @Test
    void recordingsBecomeDocumentsWithWordTimingsAndBadRecordingsAreReportedByName() throws Exception {
        assumeTrue(pocketSphinxInstalled(), "PocketSphinx is not installed: run scripts/install-system-packages.sh");
        TextCommandTest.Run run = TextCommandTest.run("dictate", "--jsonl", "--threads", "2",
                "../corpora/audio/dictation-allergy.wav", "../corpora/audio/bad/truncated.wav",
                "../corpora/audio/bad/not-audio.wav");

        assertEquals(ClinscribeCommand.SOME_INPUTS_FAILED, run.exitCode(), run.err());
        assertTrue(run.err().contains("truncated.wav: truncated WAV file"), run.err());
        assertTrue(run.err().contains("not-audio.wav: not an audio file"), run.err());
        List<JsonNode> docs = documents(run.out());
        assertEquals(List.of("dictation-allergy", "truncated", "not-audio"), docs.stream().map(d -> d.get("id").asText()).toList());

        JsonNode allergy = docs.get(0);
        assertEquals("clinscribe.entries/v1", allergy.get("schema").asText());
        assertTrue(allergy.get("text").asText().contains("allergic to penicillin."), allergy.get("text").asText());
        JsonNode dictation = allergy.get("dictation");
        assertTrue(dictation.get("transcript").asText().contains("allergic to penicillin period"));
        assertTrue(dictation.get("words").size() > 8);
        assertTrue(dictation.get("engine").asText().startsWith("pocketsphinx/"));
        for (JsonNode entry : allergy.get("entries")) {
            JsonNode audio = entry.get("provenance").get("audio");
            assertTrue(audio.get("endMs").asLong() > audio.get("startMs").asLong(), entry.toString());
        }
        assertEquals("unreadable-audio", docs.get(1).get("problems").get(0).get("code").asText());
    }

    @Test
    void aSpokenFormTranscriptNeedsNoAudioAndNoRecogniser(@TempDir Path dir) throws Exception {
        Path transcript = dir.resolve("visit.txt");
        Files.writeString(transcript, "medications colon number one lisinopril ten milligrams p o daily period\n"
                + "allergies colon n k d a period\n");
        TextCommandTest.Run run = TextCommandTest.run("dictate", "--jsonl", "--vosk-model", dir.resolve("no-model").toString(),
                "--spoken-text", transcript.toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = documents(run.out()).get(0);
        assertEquals("MEDICATIONS:\n1. Lisinopril 10 mg p.o. daily.\n\nALLERGIES:\nNKDA.", doc.get("text").asText());
        List<String> kinds = new ArrayList<>();
        doc.get("entries").forEach(e -> kinds.add(e.get("kind").asText()));
        assertTrue(kinds.contains("medication") && kinds.contains("allergy"), kinds.toString());
        doc.get("entries").forEach(e -> assertFalse(e.get("provenance").has("audio"), "a typed transcript has no audio"));
    }

    @Test
    void transcriptOnlyStopsAfterCleanUp(@TempDir Path dir) throws Exception {
        Path transcript = dir.resolve("vitals.txt");
        Files.writeString(transcript, "blood pressure one twenty over eighty period\n");
        TextCommandTest.Run run = TextCommandTest.run("dictate", "--jsonl", "--transcript-only", "--spoken-text",
                transcript.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = documents(run.out()).get(0);
        assertEquals("Blood pressure 120/80.", doc.get("text").asText());
        assertEquals(0, doc.get("entries").size());
    }

    @Test
    void aVoskModelThatIsNotThereFailsEachRecordingWithWhereToGetOne(@TempDir Path dir) throws Exception {
        TextCommandTest.Run run = TextCommandTest.run("dictate", "--jsonl", "--vosk-model", dir.resolve("missing").toString(),
                "../corpora/audio/dictation-vitals.wav");
        assertEquals(ClinscribeCommand.SOME_INPUTS_FAILED, run.exitCode());
        assertTrue(run.err().contains("alphacephei.com/vosk/models"), run.err());
        assertEquals("no-recogniser", documents(run.out()).get(0).get("problems").get(0).get("code").asText());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, TextCommandTest.run("dictate").exitCode());
        assertEquals(2, TextCommandTest.run("dictate", "--review-below", "1.5", "x.wav").exitCode());
        assertEquals(2, TextCommandTest.run("dictate", "--language-model", "klingon", "x.wav").exitCode());
    }

    @Test
    void evalDictationScoresCleanUpPairs() {
        TextCommandTest.Run run = TextCommandTest.run("eval", "dictation", "../corpora/dictation/sample-pairs.tsv");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("exact match 100.0% (16/16)"), run.out());
    }

    @Test
    void evalDictationScoresRecognitionAndTheWholePathOnRecordings() {
        assumeTrue(pocketSphinxInstalled(), "PocketSphinx is not installed: run scripts/install-system-packages.sh");
        TextCommandTest.Run run = TextCommandTest.run("eval", "dictation", "--audio", "../corpora/audio",
                "../corpora/dictation/sample-pairs.tsv");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("3 recordings") && run.out().contains("word error rate"), run.out());
        assertTrue(run.out().contains("audio to clean text: 3 pairs"), run.out());

        TextCommandTest.Run recognitionOnly = TextCommandTest.run("eval", "dictation", "--audio", "../corpora/audio",
                "--language-model", "general");
        assertEquals(0, recognitionOnly.exitCode(), recognitionOnly.err());
        assertTrue(recognitionOnly.out().contains("recognition (pocketsphinx/general): 3 recordings"), recognitionOnly.out());
    }
}

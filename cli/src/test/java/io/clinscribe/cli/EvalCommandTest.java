package io.clinscribe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinscribe.json.EntriesJsonReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation commands on the gold files the project ships, as regression gates for the pipeline. */
class EvalCommandTest {

    @Test
    void thePipelineScoresWellOnTheShippedGoldNote(@TempDir Path dir) throws Exception {
        Path predictions = dir.resolve("predicted.jsonl");
        TextCommandTest.Run run = TextCommandTest.run("eval", "../corpora/gold/sample-note.jsonl", "--json",
                "--predictions", predictions.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        double microF1 = report.at("/entries/micro/f1").asDouble();
        assertTrue(microF1 >= 0.9, "micro F1 " + microF1 + " in " + run.out());
        assertTrue(report.at("/medicationAttributes/accuracy").asDouble() >= 0.9, run.out());
        assertEquals(1, new EntriesJsonReader().readAll(predictions).size());
    }

    @Test
    void negexKitScoresNegationAndWritesPredictionsInTheKitsWords(@TempDir Path dir) throws Exception {
        Path predictions = dir.resolve("negex.tsv");
        TextCommandTest.Run run = TextCommandTest.run("eval", "negex", "../corpora/negex/sample-kit.tsv",
                "--predictions", predictions.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("10 rows, 10 evaluated"), run.out());
        assertTrue(Files.readAllLines(predictions).contains("5\tNegated\tRecent\tPatient"));
        assertTrue(Files.readAllLines(predictions).contains("7\tAffirmed\tRecent\tPatient"));
        assertTrue(Files.readAllLines(predictions).contains("4\tAffirmed\tRecent\tOther"));
    }

    @Test
    void aMissingGoldFileIsAUsageError() {
        assertEquals(2, TextCommandTest.run("eval", "no/such/gold.jsonl").exitCode());
        assertEquals(2, TextCommandTest.run("eval").exitCode());
    }
}

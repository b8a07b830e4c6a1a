package io.clinscribe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the batch benchmark on two notes: the figures are there and the counts right; no timing is asserted. */
class BatchBenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void twoNotesGiveFiguresForEachThreadCountAndTheCountsOfEveryPass() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("clinic-visit.txt"), "ASSESSMENT: Type 2 diabetes mellitus, well controlled. "
                + "Denies chest pain.\nMEDICATIONS: Metformin 500 mg by mouth twice daily.\nALLERGIES: Penicillin (rash).\n");
        Files.writeString(notes.resolve("follow-up.txt"), "Patient seen for hypertension. Blood pressure 142/88. "
                + "Continue lisinopril 10 mg daily. No shortness of breath.\n");

        TextCommandTest.Run run = TextCommandTest.run("bench", "batch", notes.toString(), "--threads", "1",
                "--warmup", "1", "--repeat", "1", "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode figures = new ObjectMapper().readTree(run.out());
        assertEquals(BatchBenchCommand.SCHEMA, figures.path("schema").asText());
        assertEquals(2, figures.path("documents").asInt(), run.out());
        assertEquals(2, figures.at("/byKind/text/documents").asInt(), run.out());
        assertTrue(figures.path("consistent").asBoolean(), run.out());
        JsonNode one = figures.at("/runs/0");
        assertEquals(1, one.path("threads").asInt());
        assertEquals(2, one.path("documents").asInt(), run.out());
        assertEquals(0, one.path("failed").asInt(), run.out());
        assertTrue(one.path("entries").asInt() > 0, "the notes name problems, drugs and an allergy: " + run.out());
        for (String pass : List.of("/firstPass", "/warmPasses/0")) {
            JsonNode p = one.at(pass);
            assertEquals(2, p.path("documents").asInt(), pass + ": " + run.out());
            assertEquals(0, p.path("failed").asInt(), pass + ": " + run.out());
            assertTrue(p.path("seconds").isNumber() && p.at("/cpuSeconds/total").isNumber(), pass + ": " + run.out());
        }
        assertTrue(one.path("warmupPasses").size() <= 1, "at most --warmup untimed passes: " + run.out());
        assertEquals(1, one.path("warmPasses").size());
        for (String field : List.of("/warmDocumentsPerSecond/median", "/warmDocumentsPerSecond/min",
                "/warmDocumentsPerSecond/max", "/perKind/text/wallMsPerDocument", "/memory/peakHeapUsedMiB",
                "/loadAverageBefore/0")) {
            assertTrue(one.at(field).isNumber(), field + ": " + run.out());
        }
        assertTrue(one.at("/memory/rssSource").isTextual(), run.out());
        assertEquals(0, figures.path("scaling").size(), "one thread count: nothing to scale against");
        try (Stream<Path> left = Files.walk(notes)) {
            assertEquals(3, left.count(), "nothing is written next to the inputs");
        }
    }

    @Test
    void aMissingInputIsNamedBeforeAnythingRuns() {
        Path missing = dir.resolve("no-such-notes");
        TextCommandTest.Run run = TextCommandTest.run("bench", "batch", missing.toString(), "--threads", "1");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(missing + ": no such folder, manifest or .jsonl file of notes"), run.err());
    }
}

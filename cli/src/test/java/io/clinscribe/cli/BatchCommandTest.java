package io.clinscribe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void aFolderGivesOneResultEachAReportAndExitOneWhenSomeFailed() throws Exception {
        Files.createDirectories(dir.resolve("in/day1"));
        Files.copy(Path.of("../corpora/text/sample-note.txt"), dir.resolve("in/day1/sample-note.txt"));
        Files.copy(Path.of("../corpora/bad-input/latin1-note.txt"), dir.resolve("in/latin1-note.txt"));
        Path out = dir.resolve("out");

        TextCommandTest.Run run = TextCommandTest.run("batch", dir.resolve("in").toString(), "--out", out.toString(),
                "--threads", "2");
        assertEquals(ClinscribeCommand.SOME_INPUTS_FAILED, run.exitCode(), run.err());
        assertTrue(run.err().contains("2 inputs: 1 processed, 0 skipped (done before), 1 failed"), run.err());
        assertTrue(run.err().contains("failed: latin1-note.txt: ") && run.err().contains("UTF-8"), run.err());
        assertTrue(Files.isRegularFile(out.resolve("day1%2Fsample-note.txt.json")));
        assertTrue(Files.isRegularFile(out.resolve("latin1-note.txt.json")));
        JsonNode report = new ObjectMapper().readTree(out.resolve("clinscribe-run.json").toFile());
        assertEquals("not-utf8", report.at("/failures/0/code").asText(), report.toString());

        TextCommandTest.Run again = TextCommandTest.run("batch", dir.resolve("in").toString(), "--out", out.toString());
        assertTrue(again.err().contains("0 processed, 1 skipped (done before), 1 failed"), again.err());
    }

    @Test
    void scanOptionsReachTheOcrAsInTheScanCommand() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("../corpora/scans/handprint/note6-rufscript.png"), dir.resolve("in/note6-rufscript.png"));
        TextCommandTest.Run corrected = TextCommandTest.run("batch", dir.resolve("in").toString(), "--out",
                dir.resolve("corrected").toString(), "--threads", "1");
        assertEquals(0, corrected.exitCode(), corrected.err());
        assertTrue(Files.readString(dir.resolve("corrected/note6-rufscript.png.json")).contains("\"readAs\""),
                "a near-miss drug name is corrected against the terminology by default");
        TextCommandTest.Run asRead = TextCommandTest.run("batch", dir.resolve("in").toString(), "--out",
                dir.resolve("as-read").toString(), "--threads", "1", "--no-correction", "--layout", "sparse");
        assertEquals(0, asRead.exitCode(), asRead.err());
        assertTrue(!Files.readString(dir.resolve("as-read/note6-rufscript.png.json")).contains("\"readAs\""),
                "--no-correction keeps every word as read");
    }

    @Test
    void aManifestListsInputsAndAMissingOneIsAFailureNotAStop() throws Exception {
        Files.copy(Path.of("../corpora/text/sample-note.txt"), dir.resolve("note.txt"));
        Files.writeString(dir.resolve("today.list"), "# the day's notes\nnote.txt\ngone.txt\n");
        TextCommandTest.Run run = TextCommandTest.run("batch", dir.resolve("today.list").toString(),
                "--out", dir.resolve("out").toString(), "--threads", "1");
        assertEquals(ClinscribeCommand.SOME_INPUTS_FAILED, run.exitCode(), run.err());
        assertTrue(run.err().contains("failed: gone.txt: ") && run.err().contains("no such file"), run.err());
        assertTrue(Files.isRegularFile(dir.resolve("out/note.txt.json")));
    }

    @Test
    void everyProcessedDocumentIsHandedToTheOutboxAsTextDoes() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("../corpora/text/sample-note.txt"), dir.resolve("in/sample-note.txt"));
        Path export = dir.resolve("export");
        TextCommandTest.Run run = TextCommandTest.run("batch", dir.resolve("in").toString(), "--out", dir.resolve("out").toString(),
                "--deliver-to", "files", "--dir", export.toString(), "--patient", "urn:oid:1.2.3|MRN-0042",
                "--outbox", dir.resolve("outbox").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("DELIVERED"), run.err());
        try (var files = Files.list(export)) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".json")).count());
        }
    }

    @Test
    void aTemplateThatIsMissingOrCannotBeRecognisedIsAUsageErrorBeforeAnyWork() throws Exception {
        Path out = dir.resolve("out");
        TextCommandTest.Run missing = TextCommandTest.run("batch", "../corpora/text", "--out", out.toString(),
                "--template", dir.resolve("intake.json").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains(dir.resolve("intake.json") + ": no such file"), missing.err());
        Path notes = dir.resolve("notes.json");
        Files.copy(Path.of("../corpora/text/sample-note.txt"), notes);
        TextCommandTest.Run notATemplate = TextCommandTest.run("batch", "../corpora/text", "--out", out.toString(),
                "--template", notes.toString());
        assertEquals(2, notATemplate.exitCode());
        assertTrue(notATemplate.err().contains(notes + ": not a form template"), notATemplate.err());
        assertTrue(Files.notExists(out), "nothing is processed when an option is wrong");
    }

    @Test
    void withoutOutItIsAUsageError() {
        TextCommandTest.Run run = TextCommandTest.run("batch", "../corpora/text");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--out"), run.err());
    }
}

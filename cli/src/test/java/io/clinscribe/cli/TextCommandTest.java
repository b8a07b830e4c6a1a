package io.clinscribe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clinscribe.json.EntriesJsonReader;
import io.clinscribe.record.ClinicalDocument;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TextCommandTest {

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cli = ClinscribeCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void badFilesAreReportedByNameAndTheGoodOnesStillProcessed() throws Exception {
        Run run = run("text", "--jsonl", "--threads", "2", "../corpora/bad-input/bad-binary.bin",
                "../corpora/text/sample-note.txt", "../corpora/bad-input/latin1-note.txt", "no/such/note.txt");
        assertEquals(ClinscribeCommand.SOME_INPUTS_FAILED, run.exitCode(), run.err());
        assertTrue(run.err().contains("bad-binary.bin: input contains NUL bytes"), run.err());
        assertTrue(run.err().contains("latin1-note.txt: input is not valid UTF-8"), run.err());
        assertTrue(run.err().contains("no/such/note.txt: cannot read no/such/note.txt: no such file"), run.err());

        List<ClinicalDocument> docs = new ArrayList<>();
        new EntriesJsonReader().lines(new StringReader(run.out())).forEachRemaining(docs::add);
        assertEquals(List.of("bad-binary", "sample-note", "latin1-note", "note"), docs.stream().map(ClinicalDocument::id).toList());
        assertTrue(docs.get(0).failed());
        assertFalse(docs.get(1).failed());
        assertTrue(docs.get(1).entries().size() > 10, "the sample note has many entries");
    }

    @Test
    void outWritesOneFilePerInput(@TempDir Path dir) throws Exception {
        Run run = run("text", "--out", dir.toString(), "../corpora/text/sample-note.txt");
        assertEquals(0, run.exitCode(), run.err());
        ClinicalDocument doc = new EntriesJsonReader().read(Files.readString(dir.resolve("sample-note.json")));
        assertEquals(Files.readString(Path.of("../corpora/text/sample-note.txt")), doc.text());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary files are left behind");
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("text").exitCode());
        assertEquals(2, run("text", "--threads", "zero", "x.txt").exitCode());
        assertEquals(2, run("no-such-command").exitCode());
    }

    @Test
    void versionAndHelp() {
        Run version = run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("clinscribe "), version.out());
        Run help = run("text", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--out"), help.out());
    }

    @Test
    void standardInputIsReadAsADocumentCalledStdin() throws Exception {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(
                    "Denies chest pain. Started lisinopril 10 mg PO daily.".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Run run = run("text", "--jsonl", "-");
            assertEquals(0, run.exitCode(), run.err());
            ClinicalDocument doc = new EntriesJsonReader().read(run.out().strip());
            assertEquals("stdin", doc.id());
            assertTrue(doc.entries().stream().anyMatch(e -> e.mention().text().startsWith("lisinopril 10 mg")), run.out());
            assertTrue(doc.entries().stream().anyMatch(e -> e.mention().text().equals("chest pain") && e.assertion().negated()));
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void anOversizedNoteIsRejectedWithTheLimitInTheMessage(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "Patient has a cough. ".repeat(100));
        Run run = run("text", "--max-bytes", "500", big.toString());
        assertEquals(ClinscribeCommand.SOME_INPUTS_FAILED, run.exitCode());
        assertTrue(run.err().contains("big.txt: input is 2100 bytes; the limit is 500 bytes"), run.err());
    }
}

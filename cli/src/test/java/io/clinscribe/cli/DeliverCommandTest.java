package io.clinscribe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clinscribe.cli.TextCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delivery commands end to end: a note processed, stored in the outbox, written by the real files adapter. */
class DeliverCommandTest {

    private static List<Path> bundles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).toList();
        }
    }

    @Test
    void noteIsDeliveredOnceHoweverOftenItIsSent(@TempDir Path tmp) throws Exception {
        Path export = tmp.resolve("export");
        Path outbox = tmp.resolve("outbox");
        Path documents = tmp.resolve("documents");
        Run first = TextCommandTest.run("text", "../corpora/text/sample-note.txt", "--out", documents.toString(),
                "--deliver-to", "files", "--dir", export.toString(), "--patient", "urn:oid:1.2.3|MRN-0042",
                "--outbox", outbox.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().contains("DELIVERED"), first.err());
        assertEquals(1, bundles(export).size());
        String bundle = Files.readString(bundles(export).get(0));
        assertTrue(bundle.contains("\"resourceType\": \"Bundle\"") || bundle.contains("\"resourceType\":\"Bundle\""));
        assertFalse(bundle.isBlank());

        // the document written before, delivered again: the same delivery id, so nothing new is written
        Run again = TextCommandTest.run("deliver", "--to", "files", "--dir", export.toString(),
                "--patient", "urn:oid:1.2.3|MRN-0042", "--outbox", outbox.toString(),
                documents.resolve("sample-note.json").toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(List.of(bundles(export).get(0)), bundles(export));
        assertEquals(bundle, Files.readString(bundles(export).get(0)));

        Run list = TextCommandTest.run("outbox", "--outbox", outbox.toString(), "list");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("1 delivered"), list.out());
        assertFalse(list.out().contains("metformin"), "the outbox listing never shows patient text");
    }

    @Test
    void wrongSettingsAreRefusedBeforeAnythingIsDone(@TempDir Path tmp) {
        Run noPatient = TextCommandTest.run("deliver", "--to", "files", "--dir", tmp.toString(), "x.json");
        assertEquals(2, noPatient.exitCode());
        assertTrue(noPatient.err().contains("--patient is required"), noPatient.err());
        Run unknown = TextCommandTest.run("deliver", "--to", "epic-direct", "--patient", "1", "x.json");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("no adapter named 'epic-direct'; available: fhir, files, hl7v2"), unknown.err());
        Run misplaced = TextCommandTest.run("deliver", "--to", "files", "--dir", tmp.toString(), "--url", "http://x",
                "--patient", "1", "x.json");
        assertEquals(2, misplaced.exitCode());
        assertTrue(misplaced.err().contains("'url' is not a setting of this adapter"), misplaced.err());
    }

    @Test
    void unreadableDocumentIsNamedAndTheOthersDelivered(@TempDir Path tmp) throws Exception {
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\"schema\":\"clinscribe.entries/v1\",\"id\":");
        Run run = TextCommandTest.run("deliver", "--to", "files", "--dir", tmp.resolve("export").toString(),
                "--patient", "7", "--outbox", tmp.resolve("outbox").toString(), broken.toString(),
                "../corpora/text/sample-note.txt");
        assertEquals(ClinscribeCommand.SOME_INPUTS_FAILED, run.exitCode(), run.err());
        assertTrue(run.err().contains("broken.json: not a clinscribe.entries/v1 document"), run.err());
        assertEquals(1, bundles(tmp.resolve("export")).size(), "the note was still delivered");
    }

    @Test
    void adaptersAreListedWithTheirSettings() {
        Run run = TextCommandTest.run("deliver", "--list");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("files:"), run.out());
        assertTrue(run.out().contains("dir"), run.out());
    }
}

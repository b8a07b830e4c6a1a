package io.clinscribe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

    private static final String PRINTED = "../handwriting/src/test/resources/io/clinscribe/handwriting/printed-note.png";

    private static boolean tesseractInstalled() {
        return Files.isRegularFile(Path.of("/usr/share/tesseract-ocr/5/tessdata/eng.traineddata"));
    }

    @Test
    void scansBecomeDocumentsWithPagesWordsAndBoxedEntriesAndBadFilesAreNamed(@TempDir Path dir) throws Exception {
        assumeTrue(tesseractInstalled(), "Tesseract is not installed: run scripts/install-system-packages.sh");
        Path notImage = Files.writeString(dir.resolve("memo.png"), "typed, not scanned");
        TextCommandTest.Run run = TextCommandTest.run("scan", "--jsonl", PRINTED, notImage.toString());

        assertEquals(ClinscribeCommand.SOME_INPUTS_FAILED, run.exitCode(), run.err());
        assertTrue(run.err().contains("memo.png: not an image clinscribe reads"), run.err());
        List<JsonNode> docs = DictateCommandTest.documents(run.out());
        JsonNode note = docs.get(0);
        assertTrue(note.get("text").asText().contains("Lisinopril 10 mg PO daily"), note.get("text").asText());
        JsonNode page = note.get("pages").get(0);
        assertEquals(1400, page.get("width").asInt());
        assertEquals("ocr", page.get("source").asText());
        JsonNode word = page.get("words").get(0);
        assertEquals(4, word.get("box").size());
        assertTrue(word.get("confidence").asDouble() > 50);
        assertTrue(note.get("entries").size() >= 4);
        for (JsonNode entry : note.get("entries")) {
            JsonNode box = entry.get("provenance").get("page");
            assertEquals(1, box.get("page").asInt(), entry.toString());
        }
        assertEquals("unreadable-scan", docs.get(1).get("problems").get(0).get("code").asText());
    }

    @Test
    void textOnlyStopsAfterOcrAndWrongFlagsAreUsageErrors() throws Exception {
        assumeTrue(tesseractInstalled(), "Tesseract is not installed: run scripts/install-system-packages.sh");
        TextCommandTest.Run run = TextCommandTest.run("scan", "--jsonl", "--text-only", PRINTED);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = DictateCommandTest.documents(run.out()).get(0);
        assertEquals(0, doc.get("entries").size());
        assertTrue(doc.get("text").asText().startsWith("Medications:"));
        assertEquals(2, TextCommandTest.run("scan", "--layout", "diagonal", PRINTED).exitCode());
        assertEquals(2, TextCommandTest.run("scan").exitCode());
    }
}

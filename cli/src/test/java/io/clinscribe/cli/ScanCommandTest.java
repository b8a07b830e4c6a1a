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

    private static final String PRINTED = "../corpora/scans/print/note1-serif.png";

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
        assertEquals(2480, page.get("width").asInt());
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
    void everyKindOfBrokenScanGetsItsOwnClearError() throws Exception {
        assumeTrue(tesseractInstalled(), "Tesseract is not installed: run scripts/install-system-packages.sh");
        String bad = "../corpora/scans/bad/";
        TextCommandTest.Run run = TextCommandTest.run("scan", "--jsonl", "--text-only", bad + "truncated.png",
                bad + "corrupt.jpg", bad + "bomb-100000x100000.png", bad + "not-an-image.png", bad + "empty.png",
                bad + "broken.pdf", bad + "encrypted.pdf", "../corpora/scans/pdf/notes1-2-text.pdf");
        assertEquals(ClinscribeCommand.SOME_INPUTS_FAILED, run.exitCode());
        String err = run.err();
        assertTrue(err.contains("truncated.png: corrupt or truncated image"), err);
        assertTrue(err.contains("corrupt.jpg: corrupt or truncated image"), err);
        assertTrue(err.contains("bomb-100000x100000.png: page 1 is 100000 x 100000 pixels"), err);
        assertTrue(err.contains("not-an-image.png: not an image"), err);
        assertTrue(err.contains("empty.png: the file is empty"), err);
        assertTrue(err.contains("broken.pdf: broken PDF"), err);
        assertTrue(err.contains("encrypted.pdf: the PDF is encrypted with a password"), err);
        List<JsonNode> docs = DictateCommandTest.documents(run.out());
        assertEquals(8, docs.size());
        JsonNode pdf = docs.get(7);
        assertEquals(0, pdf.get("problems").size(), "the good file after the bad ones is still read");
        assertEquals("text-layer", pdf.get("pages").get(0).get("source").asText());
    }

    @Test
    void textOnlyStopsAfterOcrAndWrongFlagsAreUsageErrors() throws Exception {
        assumeTrue(tesseractInstalled(), "Tesseract is not installed: run scripts/install-system-packages.sh");
        TextCommandTest.Run run = TextCommandTest.run("scan", "--jsonl", "--text-only", PRINTED);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = DictateCommandTest.documents(run.out()).get(0);
        assertEquals(0, doc.get("entries").size());
        assertTrue(doc.get("text").asText().startsWith("HPI: 58 yo male"), doc.get("text").asText());
        assertEquals(2, TextCommandTest.run("scan", "--layout", "diagonal", PRINTED).exitCode());
        assertEquals(2, TextCommandTest.run("scan").exitCode());
    }

    @Test
    void aFilledFormGivesFieldsWithBoxesAndVitalSignEntries() throws Exception {
        assumeTrue(tesseractInstalled(), "Tesseract is not installed: run scripts/install-system-packages.sh");
        TextCommandTest.Run run = TextCommandTest.run("scan", "--jsonl", "--template",
                "../corpora/scans/form/vitals-intake.template.json", "../corpora/scans/form/vitals-intake-filled1.jpg");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = DictateCommandTest.documents(run.out()).get(0);
        JsonNode fields = doc.get("form").get("fields");
        assertEquals(21, fields.size());
        boolean vital = false;
        for (JsonNode entry : doc.get("entries")) {
            vital |= entry.get("kind").asText().equals("vital_sign");
            assertTrue(entry.get("provenance").has("page"), entry.toString());
        }
        assertTrue(vital, doc.toString());
        assertEquals(2, TextCommandTest.run("scan", "--template", "no/such/form.json", "x.png").exitCode());
    }

    @Test
    void evalFormsReportsFieldAccuracyAndHowManyWrongValuesWereFlagged() {
        assumeTrue(tesseractInstalled(), "Tesseract is not installed: run scripts/install-system-packages.sh");
        TextCommandTest.Run run = TextCommandTest.run("eval", "forms", "../corpora/scans/form");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("3 forms, 63 fields") && run.out().contains("wrong values flagged for review"), run.out());
    }

    @Test
    void digitalInkIsRenderedReadAndTracedToItsStrokesAndMalformedInkIsRefused(@TempDir Path dir) throws Exception {
        assumeTrue(tesseractInstalled(), "Tesseract is not installed: run scripts/install-system-packages.sh");
        Path xxe = Files.writeString(dir.resolve("evil.inkml"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE ink [<!ENTITY leak SYSTEM \"file:///etc/passwd\">]>\n"
                + "<ink xmlns=\"http://www.w3.org/2003/InkML\"><trace>&leak;</trace></ink>\n");
        TextCommandTest.Run run = TextCommandTest.run("scan", "--jsonl", "--text-only",
                "../corpora/ink/aspirin-insulin.inkml", xxe.toString());
        assertEquals(ClinscribeCommand.SOME_INPUTS_FAILED, run.exitCode());
        assertTrue(run.err().contains("evil.inkml"), run.err());
        assertTrue(!run.out().contains("root:") && !run.err().contains("root:"), "no file content leaks");
        List<JsonNode> docs = DictateCommandTest.documents(run.out());
        JsonNode page = docs.get(0).get("pages").get(0);
        assertEquals("ink", page.get("source").asText());
        assertEquals("aspirin insulin", docs.get(0).get("text").asText());
        JsonNode insulin = page.get("words").get(1);
        assertTrue(insulin.get("strokes").size() > 3, insulin.toString());
        assertTrue(insulin.get("inkTime").get("start").asDouble() > page.get("words").get(0).get("inkTime").get("end").asDouble() - 1,
                "the second word was written after the first: " + page);
        assertEquals(0, docs.get(0).get("problems").size());
        assertEquals("unreadable-scan", docs.get(1).get("problems").get(0).get("code").asText());
    }
}

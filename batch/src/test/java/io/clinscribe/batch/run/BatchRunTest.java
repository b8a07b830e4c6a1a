package io.clinscribe.batch.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinscribe.batch.routing.MixedInputs;
import io.clinscribe.batch.routing.ProcessingSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mixed folder through the real pipelines: results, report, resume, retry, a changed input. */
class BatchRunTest {

    private static final Path CORPORA = Path.of("../corpora");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static boolean tesseractInstalled() {
        return Files.isRegularFile(Path.of("/usr/share/tesseract-ocr/5/tessdata/eng.traineddata"));
    }

    private static boolean pocketSphinxInstalled() {
        return Files.isRegularFile(Path.of("/usr/share/pocketsphinx/model/en-us/en-us/mdef"))
                && Files.isExecutable(Path.of("/usr/bin/pocketsphinx_continuous"));
    }

    private void copy(String corpusFile, String name) throws IOException {
        Path target = dir.resolve("in").resolve(name);
        Files.createDirectories(target.getParent());
        Files.copy(CORPORA.resolve(corpusFile), target);
    }

    @Test
    void aMixedFolderIsProcessedReportedResumedAndRetried() throws Exception {
        boolean ocr = tesseractInstalled();
        boolean speech = pocketSphinxInstalled();
        if (!ocr) {
            System.err.println("BatchRunTest: Tesseract is not installed, scans and ink left out");
        }
        if (!speech) {
            System.err.println("BatchRunTest: PocketSphinx is not installed, audio left out");
        }
        copy("text/sample-note.txt", "notes/sample-note.txt");
        copy("text/sample-note.txt", "notes/NOTE-WITHOUT-EXTENSION");
        copy("bad-input/bad-binary.bin", "bad/bad-binary.bin");
        copy("bad-input/empty-note.txt", "bad/empty-note.txt");
        int good = 2;
        int bad = 2;
        if (ocr) {
            copy("scans/print/note4-sans.png", "scans/page-named-as-text.txt");
            copy("ink/aspirin-insulin.inkml", "ink/aspirin-insulin.inkml");
            copy("scans/bad/truncated.png", "bad/truncated.png");
            good += 2;
            bad += 1;
        }
        if (speech) {
            copy("audio/dictation-allergy.wav", "audio/dictation-allergy.wav");
            good += 1;
        }
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve(".left-by-a-killed-run.json.tmp"), "{\"half");

        try (MixedInputs processor = new MixedInputs(2)) {
            // first run: everything processed, one result per input, failures named with their reason
            RunReport first = run(processor, out);
            assertEquals(good, first.processed());
            assertEquals(bad, first.failed());
            assertEquals(0, first.skipped());
            JsonNode report = JSON.readTree(out.resolve(ResultFiles.REPORT).toFile());
            assertEquals(good + bad, report.get("inputs").asInt());
            assertEquals(2, report.at("/byKind/text/processed").asInt(), report.toString());
            assertEquals(1, report.at("/byKind/text/failed").asInt(), report.toString());
            assertEquals(1, report.at("/byKind/unsupported/failed").asInt(), report.toString());
            Set<String> failed = new TreeSet<>();
            report.get("failures").forEach(f -> failed.add(f.get("file").asText() + " " + f.get("code").asText()));
            List<String> expected = new ArrayList<>(List.of("bad/bad-binary.bin unsupported-input", "bad/empty-note.txt empty-input"));
            if (ocr) {
                expected.add("bad/truncated.png unreadable-scan");
                assertEquals(1, report.at("/byKind/scan/processed").asInt(), report.toString());
                assertEquals(1, report.at("/byKind/ink/processed").asInt(), report.toString());
                JsonNode page = JSON.readTree(out.resolve("scans%2Fpage-named-as-text.txt.json").toFile());
                assertEquals("scan", page.at("/source/kind").asText());
                assertTrue(page.get("pages").size() > 0, "a scan's result keeps its pages");
                JsonNode ink = JSON.readTree(out.resolve("ink%2Faspirin-insulin.inkml.json").toFile());
                assertEquals("ink", ink.at("/pages/0/source").asText());
            }
            if (speech) {
                assertEquals(1, report.at("/byKind/audio/processed").asInt(), report.toString());
                JsonNode dictation = JSON.readTree(out.resolve("audio%2Fdictation-allergy.wav.json").toFile());
                assertFalse(dictation.at("/dictation/words").isEmpty(), "a dictation's result keeps its word timings");
            }
            assertEquals(new TreeSet<>(expected), failed);
            report.get("failures").forEach(f -> assertFalse(f.get("reason").asText().isBlank()));
            assertEquals(good + bad + 2, resultFiles(out).size(), "one result per input, plus the report and its summary: "
                    + resultFiles(out));
            assertTrue(Files.readString(out.resolve(ResultFiles.SUMMARY)).contains("failed: bad/bad-binary.bin: "),
                    "the readable summary is kept with the results");
            JsonNode note = JSON.readTree(out.resolve("notes%2FNOTE-WITHOUT-EXTENSION.json").toFile());
            assertEquals("NOTE-WITHOUT-EXTENSION", note.get("id").asText());
            assertEquals("text", note.at("/source/kind").asText());
            assertTrue(note.get("entries").size() > 0);

            // second run: the successes are skipped, the failures tried again
            RunReport second = run(processor, out);
            assertEquals(0, second.processed());
            assertEquals(good, second.skipped());
            assertEquals(bad, second.failed());

            // a changed input is processed again, the others still skipped
            Files.writeString(dir.resolve("in/notes/sample-note.txt"), "Assessment: hypertension. Plan: lisinopril 10 mg daily.\n");
            RunReport third = run(processor, out);
            assertEquals(1, third.processed());
            assertEquals(good - 1, third.skipped());
            JsonNode changed = JSON.readTree(out.resolve("notes%2Fsample-note.txt.json").toFile());
            assertTrue(changed.get("text").asText().startsWith("Assessment: hypertension"));
        }
    }

    @Test
    void filledFormsAmongOtherScansAreReadFieldByFieldAndABlankOneIsReported() throws Exception {
        assumeTrue(tesseractInstalled(), "Tesseract is not installed: run scripts/install-system-packages.sh");
        copy("scans/form/vitals-intake-filled1.jpg", "forms/intake-0001.jpg");
        copy("scans/form/vitals-intake-template.png", "forms/intake-0002.png");
        copy("scans/print/note4-sans.png", "letters/referral.png");
        copy("text/sample-note.txt", "notes/sample-note.txt");
        Path out = dir.resolve("out");
        ProcessingSettings settings = ProcessingSettings.defaults().withForms(List.of(
                ProcessingSettings.FormTemplateText.read(CORPORA.resolve("scans/form/vitals-intake.template.json"))));
        try (MixedInputs processor = new MixedInputs(2, settings)) {
            RunReport report = run(processor, out);
            assertEquals(3, report.processed());
            assertEquals(1, report.failed());
        }
        JsonNode json = JSON.readTree(out.resolve(ResultFiles.REPORT).toFile());
        assertEquals(1, json.at("/forms/vitals-intake").asInt(), json.toString());
        assertEquals("blank-form", json.at("/failures/0/code").asText(), json.toString());
        assertEquals("forms/intake-0002.png", json.at("/failures/0/file").asText());

        JsonNode form = JSON.readTree(out.resolve("forms%2Fintake-0001.jpg.json").toFile());
        assertEquals("vitals-intake", form.at("/form/template").asText(), form.toString());
        assertEquals("scan", form.at("/source/kind").asText());
        Set<String> vitals = new TreeSet<>();
        form.get("entries").forEach(e -> {
            if (e.get("kind").asText().equals("vital_sign")) {
                vitals.add(e.at("/attributes/name").asText());
            }
        });
        assertTrue(vitals.contains("blood_pressure"), "the form's vital-sign fields become entries: " + vitals);
        JsonNode letter = JSON.readTree(out.resolve("letters%2Freferral.png.json").toFile());
        assertTrue(letter.path("form").isMissingNode(), "a page that is no form is read as free writing");
        assertTrue(letter.get("pages").size() > 0);
    }

    private RunReport run(MixedInputs processor, Path out) throws Exception {
        StringWriter progress = new StringWriter();
        List<BatchInput> inputs = BatchInputs.of(dir.resolve("in"), out);
        RunReport report = new BatchRun(processor, new ResultFiles(out), 2, Clock.systemUTC())
                .run("in", inputs, RunProgress.to(new PrintWriter(progress), inputs.size(), false), BatchRun.DocumentSink.NONE);
        assertTrue(progress.toString().contains(inputs.size() + "/" + inputs.size() + " files"), progress.toString());
        return report;
    }

    private static List<String> resultFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

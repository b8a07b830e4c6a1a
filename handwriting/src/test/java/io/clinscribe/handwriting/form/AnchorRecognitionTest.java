package io.clinscribe.handwriting.form;

import io.clinscribe.handwriting.ocr.TesseractEnginePool;
import io.clinscribe.handwriting.ocr.TesseractSettings;
import io.clinscribe.handwriting.page.ScanReader;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AnchorRecognitionTest {

    private static final Path FORMS = Path.of("../corpora/scans/form");
    private static final Path TEMPLATE = FORMS.resolve("vitals-intake.template.json");

    @Test
    void filledCopiesAreTheFormAndOtherPagesAreNot() throws Exception {
        assumeTrue(TesseractSettings.standard().tessdata().resolve("eng.traineddata").toFile().isFile(),
                "Tesseract is not installed: run scripts/install-system-packages.sh");
        FormTemplate intake = FormTemplate.read(TEMPLATE);
        // Another form with the same corner marks: only its printed words tell it apart.
        FormTemplate medicationRecord = FormTemplate.parse(Files.readString(TEMPLATE)
                .replace("Outpatient Vitals and Intake Form", "Medication Administration Record")
                .replace("\"Vital signs\"", "\"Scheduled doses\"").replace("\"History\"", "\"Signatures\"")
                .replace("\"vitals-intake\"", "\"medication-record\""), "medication-record.json");
        try (TesseractEnginePool lines = new TesseractEnginePool(
                TesseractSettings.standard().withPageSegmentationMode(TesseractSettings.SINGLE_LINE), 1)) {
            AnchorRecognition recognition = new AnchorRecognition(List.of(medicationRecord, intake), lines);
            for (int i = 1; i <= 3; i++) {
                BufferedImage scan = page(FORMS.resolve("vitals-intake-filled" + i + ".jpg"));
                FormMatch match = AnchorRecognition.match(intake, scan, lines);
                assertTrue(match.recognised(), "filled form " + i + " is the intake form: " + match.anchorSimilarity());
                assertEquals(4, match.alignment().marksFound());
                FormMatch other = AnchorRecognition.match(medicationRecord, scan, lines);
                assertFalse(other.recognised(), "the same marks, other words: " + other.anchorSimilarity());
                assertTrue(other.otherPrintedWords());
                assertEquals("vitals-intake", recognition.formOf(scan).orElseThrow().form().name());
            }
            assertEquals("vitals-intake", recognition.formOf(page(FORMS.resolve("vitals-intake-template.png")))
                    .orElseThrow().form().name(), "an empty copy is still the form");
            BufferedImage note = page(Path.of("../corpora/scans/print/note1-serif.png"));
            assertTrue(recognition.formOf(note).isEmpty(), "a typed note is no form");
        }
    }

    @Test
    void aFormWithNothingPrintedToKnowItByIsRefused() throws Exception {
        FormTemplate unmarked = new FormTemplate("unmarked", 1000, 1400, List.of(), List.of(FormTemplate.read(TEMPLATE).fields().get(0)));
        assertFalse(AnchorRecognition.recognisable(unmarked));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new AnchorRecognition(List.of(unmarked), null));
        assertTrue(refused.getMessage().contains("unmarked"), refused.getMessage());
    }

    @Test
    void similarityIgnoresCaseAndPunctuationAndCountsEdits() {
        assertEquals(1.0, AnchorRecognition.similarity("Vital signs", "VITAL SIGNS:"), 1e-9);
        assertEquals(1 - 1.0 / 11, AnchorRecognition.similarity("Vital signs", "Vita1 signs"), 1e-9);
        assertTrue(AnchorRecognition.similarity("Outpatient Vitals and Intake Form", "Medication Administration Record")
                < AnchorRecognition.SAME_WORDS);
        assertEquals(0.0, AnchorRecognition.similarity("History", ""), 1e-9);
    }

    private static BufferedImage page(Path file) throws Exception {
        return ScanReader.standard().read(file).get(0).image();
    }
}

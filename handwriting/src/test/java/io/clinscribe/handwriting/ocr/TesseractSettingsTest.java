package io.clinscribe.handwriting.ocr;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TesseractSettingsTest {

    static final Path CURSIVE = Path.of("../corpora/scans/cursive/note1-dancingscript.png");

    @Test
    void variablesAreAddedToTheStandardOnesAndCanReplaceThem() {
        TesseractSettings settings = TesseractSettings.standard().withVariables(Map.of("tessedit_do_invert", "0"));
        assertEquals(Map.of("textord_noise_rejrows", "0", "tessedit_do_invert", "0"), settings.variables());
        assertEquals("1", settings.withVariables(Map.of("textord_noise_rejrows", "1")).variables().get("textord_noise_rejrows"));
    }

    @Test
    void linesOfJitteryCursiveAreReadNotThrownAwayAsNoise() throws Exception {
        assumeTrue(TesseractVocabularyTest.tesseractInstalled(), "Tesseract's English data is not installed");
        BufferedImage page = ImageIO.read(CURSIVE.toFile());
        String standard = read(TesseractSettings.standard(), page);
        String rejecting = read(TesseractSettings.standard().withVariables(Map.of("textord_noise_rejrows", "1")), page);
        // Tesseract's own default drops the lines "Meds: Lisinopril ..." and "Exam: crackles ..." of this page
        assertFalse(rejecting.contains("Lisinopril"), rejecting);
        assertTrue(standard.contains("Meds: Lisinopril 10 mg PO daily"), standard);
        assertTrue(standard.contains("Exam: crackles"), standard);
    }

    @Test
    void anUnknownVariableIsAnErrorNotIgnored() {
        assumeTrue(TesseractVocabularyTest.tesseractInstalled(), "Tesseract's English data is not installed");
        OcrException e = assertThrows(OcrException.class,
                () -> new TesseractEngine(TesseractSettings.standard().withVariables(Map.of("no_such_variable", "1"))));
        assertTrue(e.getMessage().contains("no_such_variable"));
    }

    private static String read(TesseractSettings settings, BufferedImage page) throws OcrException {
        try (TesseractEngine engine = new TesseractEngine(settings)) {
            return engine.read(1, page).words().stream().map(OcrWord::text).collect(Collectors.joining(" "));
        }
    }
}

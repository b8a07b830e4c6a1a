package io.clinscribe.handwriting.ocr;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TesseractVocabularyTest {

    static boolean tesseractInstalled() {
        return TesseractSettings.standard().tessdata().resolve("eng.traineddata").toFile().isFile();
    }

    static BufferedImage line(String text) {
        BufferedImage image = new BufferedImage(900, 120, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 48));
        g.drawString(text, 30, 80);
        g.dispose();
        return image;
    }

    @Test
    void anEngineInitialisesWithUserWordsReadsAndLeavesNoWordListBehind() throws Exception {
        assumeTrue(tesseractInstalled(), "Tesseract's English data is not installed: run scripts/install-system-packages.sh");
        TesseractSettings settings = TesseractSettings.standard().withPageSegmentationMode(TesseractSettings.SINGLE_LINE)
                .withVocabulary(new UserVocabulary(List.of("apixaban", "Apixaban", "mg"), List.of("\\d\\d\\d/\\d\\d")));
        List<Path> before = wordLists();
        RecognizedPage page;
        try (TesseractEngine engine = new TesseractEngine(settings)) {
            assertEquals(before.size() + 2, wordLists().size(), "the words and the patterns, one file each");
            page = engine.read(1, line("Apixaban 5 mg BP 128/76"));
        }
        assertEquals(List.of("Apixaban", "5", "mg", "BP", "128/76"), page.words().stream().map(OcrWord::text).toList());
        assertEquals(before, wordLists());
    }

    private static List<Path> wordLists() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("clinscribe-user-")).sorted().toList();
        }
    }
}

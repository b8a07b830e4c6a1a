package io.clinscribe.handwriting.scan;

import io.clinscribe.handwriting.ocr.TesseractEnginePool;
import io.clinscribe.handwriting.ocr.TesseractSettings;
import io.clinscribe.handwriting.page.ScanReader;
import io.clinscribe.pipeline.ClinicalTextPipeline;
import io.clinscribe.record.Allergy;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.Entry;
import io.clinscribe.record.Medication;
import io.clinscribe.record.PageRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ScanPipelineTest {

    static final Path PRINTED = Path.of("../corpora/scans/print/note1-serif.png");

    private static ClinicalTextPipeline text;

    @BeforeAll
    static void load() {
        text = ClinicalTextPipeline.create();
    }

    @AfterAll
    static void close() {
        text.close();
    }

    static boolean tesseractInstalled() {
        return TesseractSettings.standard().tessdata().resolve("eng.traineddata").toFile().isFile();
    }

    @Test
    void aPrintedPageBecomesEntriesThatPointToTheirBoxes() throws Exception {
        assumeTrue(tesseractInstalled(), "Tesseract's English data is not installed: run scripts/install-system-packages.sh");
        try (TesseractEnginePool engines = new TesseractEnginePool(TesseractSettings.standard(), 1)) {
            ScanPipeline pipeline = new ScanPipeline(engines, ScanPipeline.DEFAULT_LOW_CONFIDENCE);
            ScannedDocument scan = pipeline.extract(pipeline.read("note", ScanReader.standard().read(PRINTED)), text);
            ClinicalDocument doc = scan.document().orElseThrow();

            assertTrue(doc.text().contains("Meds: Lisinopril 10 mg PO daily"), doc.text());
            Medication lisinopril = doc.entries(Medication.class).get(0);
            assertEquals("Lisinopril", lisinopril.drug());
            PageRegion box = lisinopril.provenance().page().orElseThrow();
            assertEquals(1, box.page());
            // the fourth line of the page, after "Meds:" (lines are about 72 px apart from y = 192)
            assertTrue(box.x0() > 300 && box.x0() < 420 && box.y0() > 390 && box.y1() < 480, box.toString());
            Allergy allergy = doc.entries(Allergy.class).get(0);
            assertTrue(allergy.provenance().page().orElseThrow().y0() > box.y1(), "the allergy is on the line below");
            for (Entry e : doc.entries()) {
                assertTrue(e.provenance().page().isPresent(), e.mention().text());
            }
            assertEquals(1, scan.pages().size());
            assertEquals(2480, scan.pages().get(0).width());
        }
    }

    @Test
    void onePoolServesSeveralThreadsWithoutSharingAnEngine() throws Exception {
        assumeTrue(tesseractInstalled(), "Tesseract's English data is not installed: run scripts/install-system-packages.sh");
        try (TesseractEnginePool engines = new TesseractEnginePool(TesseractSettings.standard(), 2)) {
            ScanPipeline pipeline = new ScanPipeline(engines, ScanPipeline.DEFAULT_LOW_CONFIDENCE);
            var pages = ScanReader.standard().read(PRINTED);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
            try {
                var futures = new java.util.ArrayList<java.util.concurrent.Future<String>>();
                for (int i = 0; i < 6; i++) {
                    futures.add(pool.submit(() -> pipeline.read("n", pages).text().text()));
                }
                String first = futures.get(0).get();
                for (var f : futures) {
                    assertEquals(first, f.get(), "the same page reads the same from every thread");
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aMissingLanguageFileIsAClearErrorNotACrash() {
        TesseractSettings wrong = new TesseractSettings(Path.of("/nonexistent/tessdata"), "eng",
                TesseractSettings.AUTOMATIC_LAYOUT, 10);
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.clinscribe.handwriting.ocr.OcrException.class,
                () -> new TesseractEnginePool(wrong, 1));
        assertTrue(e.getMessage().contains("/nonexistent/tessdata/eng.traineddata")
                && e.getMessage().contains("install-system-packages.sh"), e.getMessage());
    }
}

package io.clinscribe.handwriting.form;

import io.clinscribe.handwriting.ocr.OcrException;
import io.clinscribe.handwriting.ocr.TesseractEnginePool;
import io.clinscribe.handwriting.ocr.TesseractSettings;

/**
 * The Tesseract engines a {@link FormReader} needs, one of each per worker: single-line and raw-line page
 * segmentation (numeric fields are read both ways and the readings compared). Close it to free them.
 */
public final class FormEngines implements AutoCloseable {

    private final TesseractEnginePool lines;
    private final TesseractEnginePool rawLines;

    public FormEngines(int workers) throws OcrException {
        this.lines = new TesseractEnginePool(
                TesseractSettings.standard().withPageSegmentationMode(TesseractSettings.SINGLE_LINE), workers);
        TesseractEnginePool raw;
        try {
            raw = new TesseractEnginePool(
                    TesseractSettings.standard().withPageSegmentationMode(FormReader.RAW_LINE), workers);
        } catch (OcrException | RuntimeException e) {
            lines.close();
            throw e;
        }
        this.rawLines = raw;
    }

    /** A reader sharing these engines; cheap, make one per command or thread as convenient. */
    public FormReader reader() {
        return new FormReader(lines, rawLines);
    }

    /** Recognition among these forms, sharing the single-line engines. */
    public AnchorRecognition recognition(java.util.List<FormTemplate> forms) {
        return new AnchorRecognition(forms, lines);
    }

    /** Every page is this form (the person who gave the scans said so); its anchors are still checked. */
    public FormRecognition asserted(FormTemplate form) {
        return AnchorRecognition.asserted(form, lines);
    }

    @Override
    public void close() {
        try {
            lines.close();
        } finally {
            rawLines.close();
        }
    }
}

package io.clinscribe.handwriting.ocr;

/** Tesseract's page layout analysis, in the words of the person scanning: what the {@code --layout} options take. */
public enum PageLayout {
    /** Notes and letters: columns, paragraphs, lines. */
    AUTO(TesseractSettings.AUTOMATIC_LAYOUT),
    /** Forms and scattered text: as much text as can be found, in no particular order. */
    SPARSE(TesseractSettings.SPARSE_TEXT);

    private final int pageSegmentationMode;

    PageLayout(int pageSegmentationMode) {
        this.pageSegmentationMode = pageSegmentationMode;
    }

    public int pageSegmentationMode() {
        return pageSegmentationMode;
    }
}

package io.clinscribe.handwriting.ocr;

import java.util.List;

/**
 * The words of one page in reading order, with the page's size in pixels. {@code source} says whether
 * they came from OCR or from a PDF's own text layer.
 */
public record RecognizedPage(int number, int width, int height, List<OcrWord> words, Source source) {

    /** Where a page's words came from. */
    public enum Source { OCR, TEXT_LAYER }

    public RecognizedPage {
        if (number < 1 || width < 1 || height < 1) {
            throw new IllegalArgumentException("invalid page");
        }
        words = List.copyOf(words);
    }
}

package io.clinscribe.handwriting.ocr;

import java.util.Objects;

/**
 * One word read on a page: its text, its box in pixels of the page image ({@code [x0, y0, x1, y1)}),
 * Tesseract's confidence from 0 to 100, and where it stands in the reading order (block, paragraph and
 * line numbers, as Tesseract's layout analysis found them).
 */
public record OcrWord(String text, int x0, int y0, int x1, int y1, double confidence, int block, int paragraph, int line) {

    public OcrWord {
        Objects.requireNonNull(text, "text");
        if (x1 < x0 || y1 < y0) {
            throw new IllegalArgumentException("invalid word box");
        }
        if (!(confidence >= 0 && confidence <= 100)) {
            throw new IllegalArgumentException("confidence must be within 0..100");
        }
    }

    /** True when this word is on the same text line as {@code other}. */
    public boolean sameLine(OcrWord other) {
        return block == other.block && paragraph == other.paragraph && line == other.line;
    }

    public boolean sameParagraph(OcrWord other) {
        return block == other.block && paragraph == other.paragraph;
    }
}

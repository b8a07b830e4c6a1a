package io.clinscribe.handwriting.ocr;

import java.util.Objects;
import java.util.Optional;

/**
 * One word read on a page: its text, its box in pixels of the page image ({@code [x0, y0, x1, y1)}),
 * Tesseract's confidence from 0 to 100, where it stands in the reading order (block, paragraph and line
 * numbers, as Tesseract's layout analysis found them), and, when the text was corrected against the
 * terminology, what Tesseract actually read.
 */
public record OcrWord(String text, int x0, int y0, int x1, int y1, double confidence, int block, int paragraph, int line,
                      Optional<String> readAs) {

    public OcrWord(String text, int x0, int y0, int x1, int y1, double confidence, int block, int paragraph, int line) {
        this(text, x0, y0, x1, y1, confidence, block, paragraph, line, Optional.empty());
    }

    public OcrWord {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(readAs, "readAs");
        if (x1 < x0 || y1 < y0) {
            throw new IllegalArgumentException("invalid word box");
        }
        if (!(confidence >= 0 && confidence <= 100)) {
            throw new IllegalArgumentException("confidence must be within 0..100");
        }
    }

    /** This word with its text corrected, remembering what was read. */
    public OcrWord correctedTo(String corrected) {
        return new OcrWord(corrected, x0, y0, x1, y1, confidence, block, paragraph, line, Optional.of(readAs.orElse(text)));
    }

    /** True when this word is on the same text line as {@code other}. */
    public boolean sameLine(OcrWord other) {
        return block == other.block && paragraph == other.paragraph && line == other.line;
    }

    public boolean sameParagraph(OcrWord other) {
        return block == other.block && paragraph == other.paragraph;
    }
}

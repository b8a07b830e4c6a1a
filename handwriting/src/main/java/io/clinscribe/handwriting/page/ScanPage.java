package io.clinscribe.handwriting.page;

import io.clinscribe.handwriting.ink.RenderedInk;
import io.clinscribe.handwriting.ocr.RecognizedPage;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a scanned document: its 1-based number and its image; for a PDF page that carries its own
 * text, the words of that text layer (in pixels of the image), which are used instead of OCR; for
 * digital ink, the rendering, which maps a box on the image back to the strokes and when they were written;
 * {@code verticalStretch} is how many times taller than wide its pixels are (2 for a standard fax).
 */
public record ScanPage(int number, BufferedImage image, Optional<RecognizedPage> textLayer, Optional<RenderedInk> ink,
                       int verticalStretch) {

    public ScanPage(int number, BufferedImage image, Optional<RecognizedPage> textLayer, Optional<RenderedInk> ink) {
        this(number, image, textLayer, ink, 1);
    }

    public ScanPage {
        if (verticalStretch < 1) {
            throw new IllegalArgumentException("verticalStretch must be positive");
        }
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(textLayer, "textLayer");
        Objects.requireNonNull(ink, "ink");
        if (number < 1) {
            throw new IllegalArgumentException("pages are numbered from 1");
        }
    }
}

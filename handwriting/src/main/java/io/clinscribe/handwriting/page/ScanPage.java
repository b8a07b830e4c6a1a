package io.clinscribe.handwriting.page;

import io.clinscribe.handwriting.ink.RenderedInk;
import io.clinscribe.handwriting.ocr.RecognizedPage;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a scanned document: its 1-based number and its image; for a PDF page that carries its own
 * text, the words of that text layer (in pixels of the image), which are used instead of OCR; for
 * digital ink, the rendering, which maps a box on the image back to the strokes and when they were written.
 */
public record ScanPage(int number, BufferedImage image, Optional<RecognizedPage> textLayer, Optional<RenderedInk> ink) {

    public ScanPage {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(textLayer, "textLayer");
        Objects.requireNonNull(ink, "ink");
        if (number < 1) {
            throw new IllegalArgumentException("pages are numbered from 1");
        }
    }
}

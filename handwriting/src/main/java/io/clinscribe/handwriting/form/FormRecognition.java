package io.clinscribe.handwriting.form;

import io.clinscribe.handwriting.ocr.OcrException;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * Which paper form a scanned page is, if any: the form whose fields a {@link FormReader} should read, or
 * empty for a page to read as free writing.
 */
@FunctionalInterface
public interface FormRecognition {

    Optional<FormTemplate> formOf(BufferedImage page) throws OcrException;

    /** Every page is this form: the person who gave the scans said so. */
    static FormRecognition always(FormTemplate form) {
        Objects.requireNonNull(form, "form");
        return page -> Optional.of(form);
    }
}

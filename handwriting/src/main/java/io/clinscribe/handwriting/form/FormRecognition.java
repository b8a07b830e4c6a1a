package io.clinscribe.handwriting.form;

import io.clinscribe.handwriting.ocr.OcrException;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Which paper form a scanned page is, if any: how the form to read its fields as fits the page, or empty for
 * a page to read as free writing.
 */
@FunctionalInterface
public interface FormRecognition {

    Optional<FormMatch> formOf(BufferedImage page) throws OcrException;
}

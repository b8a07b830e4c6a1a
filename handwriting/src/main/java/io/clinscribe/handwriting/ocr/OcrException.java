package io.clinscribe.handwriting.ocr;

/** OCR could not run: Tesseract or its language data is missing, or the native call failed. */
public final class OcrException extends Exception {

    public OcrException(String message) {
        super(message);
    }

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}

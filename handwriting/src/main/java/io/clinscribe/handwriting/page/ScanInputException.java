package io.clinscribe.handwriting.page;

/** A scan that cannot be read: the message names the file and the problem, for the person who gave it. */
public final class ScanInputException extends Exception {

    public ScanInputException(String message) {
        super(message);
    }

    public ScanInputException(String message, Throwable cause) {
        super(message, cause);
    }
}

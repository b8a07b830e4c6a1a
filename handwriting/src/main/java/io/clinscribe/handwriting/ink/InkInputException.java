package io.clinscribe.handwriting.ink;

/**
 * Ink that cannot be used: the message names the source and the problem (element names at most, never the
 * document's content, which may be patient handwriting), for the person who gave the file.
 */
public final class InkInputException extends Exception {

    public InkInputException(String message) {
        super(message);
    }

    public InkInputException(String message, Throwable cause) {
        super(message, cause);
    }
}

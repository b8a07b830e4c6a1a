package io.clinscribe.speech.audio;

/** A recording that cannot be used: the message names the file and the problem, for the person who gave it. */
public final class AudioInputException extends Exception {

    public AudioInputException(String message) {
        super(message);
    }

    public AudioInputException(String message, Throwable cause) {
        super(message, cause);
    }
}

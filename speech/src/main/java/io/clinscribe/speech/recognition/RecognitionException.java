package io.clinscribe.speech.recognition;

/** Recognition failed for a reason outside the audio itself: a missing engine or model, a crash, a timeout. */
public final class RecognitionException extends Exception {

    public RecognitionException(String message) {
        super(message);
    }

    public RecognitionException(String message, Throwable cause) {
        super(message, cause);
    }
}

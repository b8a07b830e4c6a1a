package io.clinscribe.speech.recognition;

/**
 * One word a recogniser heard: its spelling (lower case, as the recogniser's dictionary has it), the
 * time it was spoken, in milliseconds from the start of the recording, and the recogniser's confidence
 * from 0 to 1.
 */
public record RecognizedWord(String text, long startMs, long endMs, double confidence) {

    public RecognizedWord {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a recognised word needs text");
        }
        if (startMs < 0 || endMs < startMs) {
            throw new IllegalArgumentException("bad time range " + startMs + "-" + endMs + " ms");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
    }
}

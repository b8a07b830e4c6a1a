package io.clinscribe.record;

/** Where in a recording a mention was spoken, in milliseconds from the start. */
public record AudioRange(long startMillis, long endMillis) {
    public AudioRange {
        if (startMillis < 0 || endMillis < startMillis) {
            throw new IllegalArgumentException("invalid audio range " + startMillis + "-" + endMillis);
        }
    }
}

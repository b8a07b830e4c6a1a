package io.clinscribe.handwriting.ink;

/** When some ink was written: first and last point time, read according to {@code basis}. */
public record TimeRange(double start, double end, TimeBasis basis) {

    public TimeRange {
        if (end < start) {
            throw new IllegalArgumentException("a time range ends after it starts");
        }
    }

    public double duration() {
        return end - start;
    }
}

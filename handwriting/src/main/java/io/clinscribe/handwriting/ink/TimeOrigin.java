package io.clinscribe.handwriting.ink;

/** A resolved {@code <timestamp>}: milliseconds, absolute (since the epoch) or relative to an unknown origin. */
record TimeOrigin(double millis, boolean absolute) {

    static final TimeOrigin NONE = new TimeOrigin(0, false);

    TimeOrigin plus(double offsetMillis) {
        return new TimeOrigin(millis + offsetMillis, absolute);
    }
}

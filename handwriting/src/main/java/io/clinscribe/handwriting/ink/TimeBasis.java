package io.clinscribe.handwriting.ink;

/** What the {@code time} of an {@link InkPoint} means, decided once per document. */
public enum TimeBasis {
    /** Milliseconds since 1970-01-01 UTC: the ink declared an absolute {@code <timestamp time=...>}. */
    EPOCH_MILLISECONDS,
    /** Milliseconds from an unknown origin: the ink has a T channel or trace offsets but no absolute timestamp. */
    RELATIVE_MILLISECONDS,
    /** No timing in the ink (or not for every trace): the time is the point's index in writing order. */
    POINT_INDEX
}

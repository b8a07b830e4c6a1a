package io.clinscribe.handwriting.ink;

/**
 * One sampled pen position in ink coordinates. {@code time} is read according to the document's
 * {@link TimeBasis}; {@code force} is the pen pressure (F channel) or NaN when the ink has none.
 */
public record InkPoint(double x, double y, double time, double force) {

    public boolean hasForce() {
        return !Double.isNaN(force);
    }
}

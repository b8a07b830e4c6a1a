package io.clinscribe.handwriting.ink;

/**
 * One declared channel of a trace format. {@code reversed} is InkML's {@code orientation="-ve"}; {@code unitScale}
 * turns time values into milliseconds; {@code respectTo} is the timestamp a T channel counts from, if named.
 */
record InkChannel(String name, boolean reversed, double unitScale, TimeOrigin respectTo) {

    boolean named(String wanted) {
        return name.equals(wanted);
    }
}

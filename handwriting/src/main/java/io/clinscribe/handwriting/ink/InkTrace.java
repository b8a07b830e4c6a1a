package io.clinscribe.handwriting.ink;

import java.util.List;
import java.util.Objects;

/** One pen stroke, from pen down to pen up, in writing order. The id is the trace's xml:id or a generated one. */
public record InkTrace(String id, List<InkPoint> points) {

    public InkTrace {
        Objects.requireNonNull(id, "id");
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a trace has at least one point");
        }
    }

    public double startTime() {
        return points.get(0).time();
    }

    public double endTime() {
        return points.get(points.size() - 1).time();
    }
}

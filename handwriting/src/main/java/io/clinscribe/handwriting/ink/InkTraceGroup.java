package io.clinscribe.handwriting.ink;

import java.util.List;
import java.util.Objects;

/**
 * A top-level {@code <traceGroup>}: the ids of all traces inside it (nested groups flattened), and its
 * {@code <annotation type="truth">} label when the file carries one (data sets label words or symbols so).
 * Pen software uses groups for pages, lines or words; which one is up to the producer.
 */
public record InkTraceGroup(String id, String label, List<String> traceIds) {

    public InkTraceGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        traceIds = List.copyOf(traceIds);
    }
}

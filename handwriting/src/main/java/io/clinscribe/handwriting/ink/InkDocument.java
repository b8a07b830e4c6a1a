package io.clinscribe.handwriting.ink;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The ink of one InkML file: its traces in writing order, its top-level trace groups, and what point times
 * mean. {@code source} names the file for messages.
 */
public record InkDocument(String source, List<InkTrace> traces, List<InkTraceGroup> traceGroups,
                          TimeBasis timeBasis) {

    public InkDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(timeBasis, "timeBasis");
        traces = List.copyOf(traces);
        traceGroups = List.copyOf(traceGroups);
    }

    /** The traces of one group, in writing order; render these to get one page or line of a multi-group file. */
    public List<InkTrace> tracesOf(InkTraceGroup group) {
        Set<String> wanted = new HashSet<>(group.traceIds());
        return traces.stream().filter(trace -> wanted.contains(trace.id())).toList();
    }

    public int pointCount() {
        return traces.stream().mapToInt(trace -> trace.points().size()).sum();
    }
}

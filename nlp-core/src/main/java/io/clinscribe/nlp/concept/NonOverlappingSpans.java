package io.clinscribe.nlp.concept;

import io.clinscribe.record.Span;
import java.util.Map;
import java.util.TreeMap;

/**
 * A growing set of spans that never overlap one another (the concepts chosen so far), answering overlap
 * questions in logarithmic time: among non-overlapping spans ordered by begin, the ends are ordered too.
 */
final class NonOverlappingSpans {

    private final TreeMap<Integer, Span> byBegin = new TreeMap<>();

    /** Adds {@code span} unless it overlaps one already in; says whether it was added. */
    boolean add(Span span) {
        if (overlaps(span)) {
            return false;
        }
        byBegin.put(span.begin(), span);
        return true;
    }

    boolean overlaps(Span q) {
        Map.Entry<Integer, Span> before = byBegin.lowerEntry(q.end());
        return before != null && before.getValue().overlaps(q);
    }

    /** Whether {@code q} overlaps a span of this set other than {@code own}. */
    boolean overlapsOtherThan(Span own, Span q) {
        Map.Entry<Integer, Span> e = byBegin.lowerEntry(q.end());
        while (e != null && e.getValue().end() > q.begin()) {
            if (!e.getValue().equals(own) && e.getValue().overlaps(q)) {
                return true;
            }
            e = byBegin.lowerEntry(e.getKey());
        }
        return false;
    }
}

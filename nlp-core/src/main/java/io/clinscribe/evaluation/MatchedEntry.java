package io.clinscribe.evaluation;

import io.clinscribe.record.Entry;

/** A predicted entry matched to a gold entry of the same kind whose span it overlaps. */
public record MatchedEntry(Entry gold, Entry predicted) {

    public int overlap() {
        return Math.min(gold.span().end(), predicted.span().end()) - Math.max(gold.span().begin(), predicted.span().begin());
    }
}

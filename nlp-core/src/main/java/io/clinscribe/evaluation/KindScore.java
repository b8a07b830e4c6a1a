package io.clinscribe.evaluation;

import io.clinscribe.record.EntryKind;

/**
 * Entry detection for one kind: how many gold and predicted entries, how they matched, and how many of the
 * matches have exactly the gold boundaries (a measure of span conventions, not counted in P/R/F1).
 */
public record KindScore(EntryKind kind, int gold, int predicted, PrecisionRecall matching, int exactSpans) {
}

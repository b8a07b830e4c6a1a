package io.clinscribe.evaluation;

import io.clinscribe.record.EntryKind;

/** Entry detection for one kind: how many gold and predicted entries, and how they matched. */
public record KindScore(EntryKind kind, int gold, int predicted, PrecisionRecall matching) {
}

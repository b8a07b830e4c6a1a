package io.clinscribe.evaluation;

/**
 * One assertion flag on matched entry pairs: plain accuracy, and precision/recall/F1 of the flag being set
 * (for {@code subject}: of a subject other than the patient, with the same value), which says far more
 * than accuracy when nearly every mention is affirmed.
 */
public record AssertionScore(String flag, Accuracy accuracy, PrecisionRecall whenSet) {
}

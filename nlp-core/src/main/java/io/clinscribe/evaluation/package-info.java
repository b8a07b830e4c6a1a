/**
 * Scoring against gold as FORMAT.md "Scoring" defines it: {@link io.clinscribe.evaluation.EntryMatcher} pairs
 * predicted and gold entries of the same kind by span overlap, {@link io.clinscribe.evaluation.EntryScorer}
 * turns the pairs into an immutable {@link io.clinscribe.evaluation.EvaluationReport} (detection P/R/F1,
 * assertion flags, attributes, codes) and {@link io.clinscribe.evaluation.ErrorListing} shows what went wrong.
 */
package io.clinscribe.evaluation;

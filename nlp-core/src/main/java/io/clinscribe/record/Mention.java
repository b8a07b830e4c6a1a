package io.clinscribe.record;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every entry has: the mention's text and provenance, what the note asserts about it, its codes,
 * the section it stands in, how sure the pipeline is, and why a human should review it (if at all).
 */
public record Mention(String text, Provenance provenance, Assertion assertion, List<Code> codes,
                      Optional<String> section, double confidence, List<String> reviewReasons) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(section, "section");
        codes = List.copyOf(codes);
        reviewReasons = List.copyOf(reviewReasons);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
    }

    /** A mention of {@code span} in {@code documentText}, asserted present, uncoded, fully confident. */
    public static Mention at(CharSequence documentText, Span span) {
        return new Mention(span.of(documentText), Provenance.of(span), Assertion.PRESENT, List.of(), Optional.empty(),
                1.0, List.of());
    }

    public Span span() {
        return provenance.span();
    }

    public boolean needsReview() {
        return !reviewReasons.isEmpty();
    }

    public Mention withAssertion(Assertion a) {
        return new Mention(text, provenance, a, codes, section, confidence, reviewReasons);
    }

    public Mention withCodes(List<Code> c) {
        return new Mention(text, provenance, assertion, c, section, confidence, reviewReasons);
    }

    public Mention withProvenance(Provenance p) {
        return new Mention(text, p, assertion, codes, section, confidence, reviewReasons);
    }

    public Mention withConfidence(double c) {
        return new Mention(text, provenance, assertion, codes, section, c, reviewReasons);
    }

    /** A copy flagged for human review with one more reason; confidence is capped by the caller. */
    public Mention withReviewReason(String reason) {
        List<String> reasons = new java.util.ArrayList<>(reviewReasons);
        if (!reasons.contains(reason)) {
            reasons.add(reason);
        }
        return new Mention(text, provenance, assertion, codes, section, confidence, reasons);
    }
}

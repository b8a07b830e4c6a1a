package io.clinscribe.record;

/**
 * What the note asserts about a mention: ConText's negation, uncertainty, hypothetical and historical
 * flags, and whom it is about.
 */
public record Assertion(boolean negated, boolean uncertain, boolean hypothetical, boolean historical, Subject subject) {
    public static final Assertion PRESENT = new Assertion(false, false, false, false, Subject.PATIENT);

    public Assertion {
        if (subject == null) {
            throw new IllegalArgumentException("subject is required");
        }
    }

    public Assertion withNegated(boolean v) {
        return new Assertion(v, uncertain, hypothetical, historical, subject);
    }

    public Assertion withUncertain(boolean v) {
        return new Assertion(negated, v, hypothetical, historical, subject);
    }

    public Assertion withHypothetical(boolean v) {
        return new Assertion(negated, uncertain, v, historical, subject);
    }

    public Assertion withHistorical(boolean v) {
        return new Assertion(negated, uncertain, hypothetical, v, subject);
    }

    public Assertion withSubject(Subject s) {
        return new Assertion(negated, uncertain, hypothetical, historical, s);
    }
}

package io.clinscribe.comparison.ctakes;

import io.clinscribe.record.Assertion;
import io.clinscribe.record.Subject;

/**
 * The assertion attributes cTAKES's cleartk annotators wrote on one mention, in cTAKES's own terms:
 * polarity -1 is negated, uncertainty 1 is uncertain, historyOf 1 is historical, conditional and generic
 * are flags, subject is a word such as {@code patient} or {@code family_member}.
 */
public record CtakesAttributes(int polarity, int uncertainty, int historyOf, boolean conditional, boolean generic,
                               String subject) {

    /**
     * The same judgement in clinscribe's terms. cTAKES marks "conditional" (would happen if...) apart from
     * "generic" (not about a particular instance); the kit's "Not particular" temporality covers both,
     * so {@code genericIsHypothetical} lets the caller choose the reading.
     */
    public Assertion toAssertion(boolean genericIsHypothetical) {
        return new Assertion(polarity == -1, uncertainty == 1, conditional || (genericIsHypothetical && generic),
                historyOf == 1, patientOrOther());
    }

    private Subject patientOrOther() {
        // cTAKES leaves the subject unset when it has no opinion; the patient is its default
        if (subject == null || subject.isBlank() || subject.equals("patient")) {
            return Subject.PATIENT;
        }
        return subject.equals("family_member") ? Subject.FAMILY_MEMBER : Subject.OTHER;
    }
}

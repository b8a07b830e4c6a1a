package io.clinscribe.delivery.hl7v2.message;

import io.clinscribe.record.Assertion;
import io.clinscribe.record.Entry;
import io.clinscribe.record.LabResult;
import io.clinscribe.record.Subject;
import io.clinscribe.record.VitalSign;

import java.util.Optional;

/**
 * Whether an entry may become an OBX of the ORU^R01, which asserts "this value was observed on this patient".
 * Only vital signs and lab results can. Negated and hypothetical mentions were not observed; historical ones
 * were, but at a time the note does not give, and a v2 receiver would file them at the report time; a family
 * member's value is not the patient's; a lab without a value ("A1c pending") has nothing to report. All of
 * them stay in the MDM^T02 note, where a reader sees them in context.
 */
public final class ResultEligibility {

    /** The reason given for entries that only the note carries. */
    public static final String IN_NOTE = "in the MDM^T02 note";

    private ResultEligibility() {
    }

    /** Why the entry is not sent as a result, or empty when it is. */
    public static Optional<String> whyNot(Entry entry) {
        if (!(entry instanceof VitalSign) && !(entry instanceof LabResult)) {
            return Optional.of("no discrete v2 segment for a " + entry.kind().code());
        }
        Assertion a = entry.assertion();
        if (a.subject() != Subject.PATIENT) {
            return Optional.of("about " + a.subject().code() + ", not the patient");
        }
        if (a.negated()) {
            return Optional.of("negated, so no observed value");
        }
        if (a.hypothetical()) {
            return Optional.of("hypothetical, not observed");
        }
        if (a.historical()) {
            return Optional.of("historical, observation time unknown");
        }
        if (entry instanceof LabResult lab && lab.numericValue().isEmpty() && lab.textValue().isEmpty()) {
            return Optional.of("lab result without a value");
        }
        return Optional.empty();
    }
}

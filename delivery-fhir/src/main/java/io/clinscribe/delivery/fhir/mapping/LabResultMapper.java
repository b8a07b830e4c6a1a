package io.clinscribe.delivery.fhir.mapping;

import io.clinscribe.record.Assertion;
import io.clinscribe.record.Code;
import io.clinscribe.record.LabResult;
import io.clinscribe.record.Subject;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * A lab result becomes an Observation of category laboratory: the LOINC code when the pipeline has one and
 * the test name as written, a UCUM quantity (units checked by {@link UcumUnits}) or the text value
 * ("negative"), and the interpretation flag the note gave. Who performed it and when are not in a note, so
 * they carry the data-absent-reason extension (the IPS laboratory profile requires both).
 *
 * <p>Status final, or preliminary when the entry needs review or the note is unsure; a historical result
 * (an earlier value) is still a final result. Negated or hypothetical ("check A1c") results are not sent.
 */
final class LabResultMapper {

    private final UcumUnits units;

    LabResultMapper(UcumUnits units) {
        this.units = units;
    }

    EntryMapping map(LabResult lab, EntryContext context) {
        Assertion assertion = lab.assertion();
        if (assertion.subject() != Subject.PATIENT) {
            return EntryMapping.notCarried("lab result of a person other than the patient");
        }
        if (assertion.negated() || assertion.hypothetical()) {
            return EntryMapping.notCarried("negated or hypothetical lab result: no result to file");
        }
        Observation observation = new Observation();
        observation.addIdentifier(context.identifier());
        observation.setStatus(lab.needsReview() || assertion.uncertain()
                ? Observation.ObservationStatus.PRELIMINARY : Observation.ObservationStatus.FINAL);
        observation.addCategory(CodedConcepts.of(CodedConcepts.OBSERVATION_CATEGORY, "laboratory", "Laboratory"));
        observation.setCode(CodedConcepts.coded(lab.codes(), Code.LOINC::equals, lab.name()));
        observation.setSubject(context.subject().patient());
        context.subject().encounter().ifPresent(observation::setEncounter);
        observation.setEffective(CodedConcepts.unknownDateTime());
        Reference performer = new Reference();
        performer.addExtension(new Extension(CodedConcepts.DATA_ABSENT_REASON, new CodeType("unknown")));
        observation.addPerformer(performer);
        if (lab.numericValue().isPresent()) {
            observation.setValue(units.quantity(lab.numericValue().get(), lab.unit().orElse("")));
        } else if (lab.textValue().isPresent()) {
            observation.setValue(new StringType(lab.textValue().get()));
        } else {
            observation.setDataAbsentReason(CodedConcepts.of(CodedConcepts.DATA_ABSENT_REASON_SYSTEM, "unknown", "Unknown"));
        }
        lab.interpretation().ifPresent(i -> observation.addInterpretation(
                CodedConcepts.of(CodedConcepts.INTERPRETATION, i.code(), display(i))));
        if (lab.needsReview()) {
            ReviewMarking.mark(observation);
        }
        return EntryMapping.carried(observation);
    }

    private static String display(io.clinscribe.record.LabInterpretation interpretation) {
        return switch (interpretation) {
            case HIGH -> "High";
            case LOW -> "Low";
            case NORMAL -> "Normal";
            case ABNORMAL -> "Abnormal";
        };
    }
}

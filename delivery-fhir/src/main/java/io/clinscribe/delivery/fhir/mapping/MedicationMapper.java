package io.clinscribe.delivery.fhir.mapping;

import io.clinscribe.record.Assertion;
import io.clinscribe.record.Code;
import io.clinscribe.record.Medication;
import io.clinscribe.record.Subject;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Timing;

import java.util.Optional;
import java.util.Set;

/**
 * A medication becomes a MedicationStatement, not a MedicationRequest: a drug named in a note is a report
 * of what the patient takes (or took, or will take), not an order. A MedicationRequest, even with intent
 * plan, lands in an EHR's orders and can start pharmacy workflow that a clinician never signed; US Core's
 * preference for MedicationRequest is about medication lists the EHR itself keeps. MedicationStatement also
 * has a status for every assertion: negated ("stopped taking", "not on aspirin") -> not-taken; historical
 * (stopped or completed) -> completed; hypothetical ("start metoprolol if ...") -> intended; uncertain ->
 * unknown; else active. Entries needing review are tagged (the resource has no verification status).
 *
 * <p>The dose is the count of dose forms when the note gives one (2 puffs), else the strength (25 mg), which
 * is the amount per dose when no count is written. The note's own wording of the sig stays in Dosage.text.
 */
final class MedicationMapper {

    private static final Set<String> TIME_UNITS = Set.of("s", "min", "h", "d", "wk", "mo", "a");

    private final UcumUnits units;

    MedicationMapper(UcumUnits units) {
        this.units = units;
    }

    EntryMapping map(Medication medication, EntryContext context) {
        Assertion assertion = medication.assertion();
        if (assertion.subject() != Subject.PATIENT) {
            return EntryMapping.notCarried("medication of a person other than the patient");
        }
        MedicationStatement statement = new MedicationStatement();
        statement.addIdentifier(context.identifier());
        statement.setStatus(status(assertion));
        statement.setMedication(CodedConcepts.coded(medication.codes(), CodedConcepts.ANY_SYSTEM, medication.drug()));
        statement.setSubject(context.subject().patient());
        context.subject().encounter().ifPresent(statement::setContext);
        statement.setEffective(CodedConcepts.unknownDateTime());
        statement.addDosage(dosage(medication));
        if (medication.needsReview()) {
            ReviewMarking.mark(statement);
        }
        return EntryMapping.carried(statement);
    }

    private static MedicationStatement.MedicationStatementStatus status(Assertion assertion) {
        if (assertion.negated()) {
            return MedicationStatement.MedicationStatementStatus.NOTTAKEN;
        }
        if (assertion.hypothetical()) {
            return MedicationStatement.MedicationStatementStatus.INTENDED;
        }
        if (assertion.historical()) {
            return MedicationStatement.MedicationStatementStatus.COMPLETED;
        }
        if (assertion.uncertain()) {
            return MedicationStatement.MedicationStatementStatus.UNKNOWN;
        }
        return MedicationStatement.MedicationStatementStatus.ACTIVE;
    }

    private Dosage dosage(Medication medication) {
        Dosage dosage = new Dosage();
        dosage.setText(medication.mention().text());
        medication.route().ifPresent(route -> dosage.setRoute(new CodeableConcept()
                .addCoding(new org.hl7.fhir.r4.model.Coding(Code.SNOMED_CT, route.snomedCode(), null))
                .setText(route.code())));
        Optional<io.clinscribe.record.Quantity> amount = medication.dose().or(medication::strength);
        amount.ifPresent(q -> dosage.addDoseAndRate().setDose(units.quantity(q.value(), q.unit())));
        if (medication.frequency().isPresent() || medication.duration().isPresent()) {
            dosage.setTiming(timing(medication));
        }
        medication.asNeeded().ifPresent(prn -> {
            if (prn && medication.asNeededFor().isPresent()) {
                dosage.setAsNeeded(new CodeableConcept().setText(medication.asNeededFor().get()));
            } else {
                dosage.setAsNeeded(new org.hl7.fhir.r4.model.BooleanType(prn));
            }
        });
        return dosage;
    }

    private static Timing timing(Medication medication) {
        Timing timing = new Timing();
        Timing.TimingRepeatComponent repeat = timing.getRepeat();
        medication.frequency().filter(f -> TIME_UNITS.contains(f.periodUnit())).ifPresent(f -> {
            repeat.setFrequency(f.frequency());
            repeat.setPeriod(f.period());
            f.periodMax().ifPresent(repeat::setPeriodMax);
            repeat.setPeriodUnit(Timing.UnitsOfTime.fromCode(f.periodUnit()));
        });
        medication.duration().filter(d -> TIME_UNITS.contains(d.unit())).ifPresent(d -> {
            Duration bounds = new Duration();
            bounds.setValue(d.value()).setUnit(d.unit()).setSystem(Code.UCUM).setCode(d.unit());
            repeat.setBounds(bounds);
        });
        return timing;
    }

}

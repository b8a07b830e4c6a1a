package io.clinscribe.delivery.fhir.mapping;

import io.clinscribe.record.Assertion;
import io.clinscribe.record.Code;
import io.clinscribe.record.Subject;
import io.clinscribe.record.VitalSign;
import io.clinscribe.record.VitalSignType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;

import org.hl7.fhir.r4.model.DateTimeType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A vital sign becomes an Observation of category vital-signs claiming R4's vital-signs profile for its
 * type (bp, heartrate, ...), with the LOINC code and a UCUM quantity; blood pressure is one panel (85354-9)
 * with systolic (8480-6) and diastolic (8462-4) components, as the bp profile requires.
 *
 * <p>The profile is claimed only when it can be met: the unit is one it allows, and the day of measurement is
 * known (vs-1 requires effective[x] as a dateTime precise to the day). A note does not say when it was
 * written, so the day comes from the caller ({@link EntryContext#serviceDate()}); without it the
 * Observation says the time is unknown (data-absent-reason) and claims no profile, rather than inventing a
 * date or claiming a profile it fails. A pain score is a reported score, not a measurement: category survey, an
 * integer value, no vital-signs profile.
 *
 * <p>Status final, or preliminary when the entry needs review or the note is unsure of it. A negated or
 * hypothetical measurement ("will recheck BP") has no value to file and is not sent.
 */
final class VitalSignMapper {

    private static final String PROFILE_BASE = "http://hl7.org/fhir/StructureDefinition/";

    private record Profile(String name, Set<String> units) {
    }

    private static final Map<VitalSignType, Profile> PROFILES = Map.of(
            VitalSignType.BLOOD_PRESSURE, new Profile("bp", Set.of("mm[Hg]")),
            VitalSignType.HEART_RATE, new Profile("heartrate", Set.of("/min")),
            VitalSignType.RESPIRATORY_RATE, new Profile("resprate", Set.of("/min")),
            VitalSignType.BODY_TEMPERATURE, new Profile("bodytemp", Set.of("Cel", "[degF]")),
            VitalSignType.OXYGEN_SATURATION, new Profile("oxygensat", Set.of("%")),
            VitalSignType.BODY_WEIGHT, new Profile("bodyweight", Set.of("kg", "g", "[lb_av]")),
            VitalSignType.BODY_HEIGHT, new Profile("bodyheight", Set.of("cm", "[in_i]")),
            VitalSignType.BMI, new Profile("bmi", Set.of("kg/m2")));

    private final UcumUnits units;

    VitalSignMapper(UcumUnits units) {
        this.units = units;
    }

    EntryMapping map(VitalSign vital, EntryContext context) {
        Assertion assertion = vital.assertion();
        if (assertion.subject() != Subject.PATIENT) {
            return EntryMapping.notCarried("vital sign of a person other than the patient");
        }
        if (assertion.negated() || assertion.hypothetical()) {
            return EntryMapping.notCarried("negated or hypothetical vital sign: no measurement to file");
        }
        VitalSignType type = vital.type();
        Observation observation = new Observation();
        observation.addIdentifier(context.identifier());
        observation.setStatus(vital.needsReview() || assertion.uncertain()
                ? Observation.ObservationStatus.PRELIMINARY : Observation.ObservationStatus.FINAL);
        boolean pain = type == VitalSignType.PAIN_SCORE;
        observation.addCategory(pain
                ? CodedConcepts.of(CodedConcepts.OBSERVATION_CATEGORY, "survey", "Survey")
                : CodedConcepts.of(CodedConcepts.OBSERVATION_CATEGORY, "vital-signs", "Vital Signs"));
        observation.setCode(code(vital));
        observation.setSubject(context.subject().patient());
        context.subject().encounter().ifPresent(observation::setEncounter);
        // A current measurement was taken on the day of service; a historical one on some earlier day.
        Optional<LocalDate> taken = assertion.historical() ? Optional.empty() : context.serviceDate();
        observation.setEffective(taken.<org.hl7.fhir.r4.model.Type>map(
                d -> new DateTimeType(d.toString())).orElseGet(CodedConcepts::unknownDateTime));

        Optional<String> ucum = units.code(vital.unit());
        Profile profile = PROFILES.get(type);
        if (profile != null && taken.isPresent() && ucum.filter(profile.units()::contains).isPresent()) {
            observation.getMeta().addProfile(PROFILE_BASE + profile.name());
        }
        if (type == VitalSignType.BLOOD_PRESSURE) {
            observation.addComponent()
                    .setCode(CodedConcepts.of(Code.LOINC, VitalSignType.SYSTOLIC_LOINC, "Systolic blood pressure"))
                    .setValue(units.quantity(vital.systolic().orElseThrow(), vital.unit()));
            observation.addComponent()
                    .setCode(CodedConcepts.of(Code.LOINC, VitalSignType.DIASTOLIC_LOINC, "Diastolic blood pressure"))
                    .setValue(units.quantity(vital.diastolic().orElseThrow(), vital.unit()));
        } else if (pain && isWhole(vital.value().orElseThrow())) {
            observation.setValue(new IntegerType(vital.value().orElseThrow().intValueExact()));
        } else {
            observation.setValue(units.quantity(vital.value().orElseThrow(), vital.unit()));
        }
        if (vital.needsReview()) {
            ReviewMarking.mark(observation);
        }
        return EntryMapping.carried(observation);
    }

    /** The type's LOINC code, then any other LOINC code the pipeline gave (59408-5 beside 2708-6 for SpO2). */
    private static CodeableConcept code(VitalSign vital) {
        VitalSignType type = vital.type();
        CodeableConcept code = CodedConcepts.of(Code.LOINC, type.loinc(), type.loincDisplay());
        for (Code c : vital.codes()) {
            boolean component = c.code().equals(VitalSignType.SYSTOLIC_LOINC) || c.code().equals(VitalSignType.DIASTOLIC_LOINC);
            if (c.system().equals(Code.LOINC) && !c.code().equals(type.loinc()) && !component) {
                code.addCoding().setSystem(Code.LOINC).setCode(c.code());
            }
        }
        return code.setText(type.loincDisplay());
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }
}

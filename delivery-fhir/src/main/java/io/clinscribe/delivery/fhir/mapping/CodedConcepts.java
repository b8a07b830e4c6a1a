package io.clinscribe.delivery.fhir.mapping;

import io.clinscribe.record.Code;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.PrimitiveType;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** CodeableConcepts and the FHIR vocabulary the kind mappers share. */
final class CodedConcepts {

    static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
    static final String ALLERGY_VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
    static final String DATA_ABSENT_REASON_SYSTEM = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

    /** Every code the pipeline found (SNOMED CT, ICD-10-CM, UMLS CUI ...): an EHR keeps those it knows. */
    static final Predicate<String> ANY_SYSTEM = system -> true;

    private CodedConcepts() {
    }

    static CodeableConcept of(String system, String code, String display) {
        return new CodeableConcept(new Coding(system, code, display));
    }

    /**
     * The entry's codes of the systems {@code wanted} accepts, each once in the order the pipeline gave them,
     * with the wording of the note as text (what the clinician wrote stays readable beside the codes).
     */
    static CodeableConcept coded(List<Code> codes, Predicate<String> wanted, String text) {
        CodeableConcept concept = new CodeableConcept();
        Set<String> seen = new LinkedHashSet<>();
        for (Code c : codes) {
            if (wanted.test(c.system()) && seen.add(c.system() + "|" + c.code())) {
                Coding coding = concept.addCoding().setSystem(c.system()).setCode(c.code());
                if (!c.display().isEmpty()) {
                    coding.setDisplay(c.display());
                }
            }
        }
        return concept.setText(text);
    }

    /**
     * A date the note does not give (when a vital was taken, a drug started): profiles that require one
     * (IPS, vital signs) accept the data-absent-reason extension, and an invented date would be worse.
     */
    static DateTimeType unknownDateTime() {
        return absent(new DateTimeType(), "unknown");
    }

    static InstantType unknownInstant() {
        return absent(new InstantType(), "unknown");
    }

    static <T extends PrimitiveType<?>> T absent(T value, String reason) {
        value.addExtension(new Extension(DATA_ABSENT_REASON, new CodeType(reason)));
        return value;
    }
}

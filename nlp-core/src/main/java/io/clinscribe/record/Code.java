package io.clinscribe.record;

import java.util.Objects;

/** A code in a terminology, named by its FHIR canonical system URI. {@code display} may be empty. */
public record Code(String system, String code, String display) {
    public static final String SNOMED_CT = "http://snomed.info/sct";
    public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public static final String LOINC = "http://loinc.org";
    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String UMLS_CUI = "http://terminology.hl7.org/CodeSystem/umls";
    public static final String ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm";

    public Code {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
        display = display == null ? "" : display;
    }

    public static Code snomed(String code) {
        return new Code(SNOMED_CT, code, "");
    }

    public static Code rxnorm(String code) {
        return new Code(RXNORM, code, "");
    }

    public static Code loinc(String code, String display) {
        return new Code(LOINC, code, display);
    }

    public static Code umls(String cui) {
        return new Code(UMLS_CUI, cui, "");
    }
}

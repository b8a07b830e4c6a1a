package io.clinscribe.delivery.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import io.clinscribe.delivery.DeliveryException;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.PatientContext;
import io.clinscribe.delivery.fhir.FhirTransaction;
import io.clinscribe.delivery.fhir.mapping.ClinicalNotes;
import io.clinscribe.delivery.fhir.mapping.FhirRecordMapper;
import io.clinscribe.json.EntriesJsonReader;
import io.clinscribe.record.ClinicalDocument;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundleValidatorTest {

    private static final PatientContext PATIENT = PatientContext.parse("Patient/123", Optional.of("enc-7"));
    private static final PatientContext MRN = PatientContext.parse("urn:oid:2.16.840.1.113883.3.72.5.9.1|MRN-42", Optional.empty());
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static FhirRecordMapper mapper;
    private static BundleValidator validator;

    @BeforeAll
    static void buildOnce() {
        mapper = new FhirRecordMapper();
        validator = new BundleValidator(FhirContext.forR4());
    }

    static ClinicalDocument followUpNote() throws Exception {
        try (InputStream in = BundleValidatorTest.class.getResourceAsStream("/mapping/followup-note.json")) {
            return new EntriesJsonReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static void assertValid(FhirTransaction transaction, String what) {
        BundleValidation result = validator.validate(transaction.bundle());
        assertTrue(result.valid(), what + ": " + result.describeErrors());
    }

    @Test
    void everyBundleTheMapperMakesValidates() throws Exception {
        List<ClinicalDocument> documents = List.of(ClinicalNotes.rich(), ClinicalNotes.dictated(), ClinicalNotes.scanned(),
                ClinicalNotes.withReview(ClinicalNotes.rich(), 1, "low confidence"), followUpNote());
        for (ClinicalDocument d : documents) {
            assertValid(mapper.map(DeliveryRequest.of(d, PATIENT)), d.id() + " without a day of service");
            assertValid(mapper.map(DeliveryRequest.of(d, MRN), Optional.of(DAY)), d.id() + " with a day, patient by MRN");
        }
    }

    @Test
    void unknownTerminologyIsAWarningNotAnError() {
        BundleValidation result = validator.validate(mapper.map(DeliveryRequest.of(ClinicalNotes.rich(), PATIENT)).bundle());
        assertTrue(result.valid());
        assertFalse(result.warnings().isEmpty(), "SNOMED CT and RxNorm codes cannot be checked offline: warned");
    }

    @Test
    void aBrokenBundleFailsWithTheErrorLocatedNotQuoted() {
        Bundle bundle = mapper.map(DeliveryRequest.of(ClinicalNotes.rich(), PATIENT), Optional.of(DAY)).bundle();
        int condition = 1;
        ((Condition) bundle.getEntry().get(condition).getResource()).setSubject(null);
        int bp = -1;
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            if (bundle.getEntry().get(i).getResource() instanceof Observation o && o.getCode().hasCoding("http://loinc.org", "85354-9")) {
                bp = i;
                o.getComponent().remove(1);   // a bp panel without its diastolic
            }
        }
        BundleValidation result = validator.validate(bundle);
        assertFalse(result.valid());
        assertTrue(result.errors().stream().anyMatch(e -> e.resourceType().equals("Condition")
                && e.entryIndex().orElse(-1) == condition && e.location().startsWith("Bundle.entry[" + condition + "].resource")),
                result.describeErrors());
        int panel = bp;
        assertTrue(result.errors().stream().anyMatch(e -> e.resourceType().equals("Observation")
                && e.entryIndex().orElse(-1) == panel), result.describeErrors());
        assertFalse(result.describeErrors().contains("COPD"), "errors never quote the note");
        assertFalse(result.describeErrors().contains("138"), "errors never quote values");
    }

    @Test
    void theValidatedMapperRefusesAnInvalidBundlePermanently() throws DeliveryException {
        ValidatedTransactionMapper refusing = new ValidatedTransactionMapper(request -> {
            FhirTransaction t = mapper.map(request);
            ((Condition) t.bundle().getEntry().get(1).getResource()).setSubject(null);
            return t;
        }, validator);
        DeliveryRequest request = DeliveryRequest.of(ClinicalNotes.rich(), PATIENT);
        DeliveryException refused = assertThrows(DeliveryException.class, () -> refusing.map(request));
        assertFalse(refused.retryable());
        assertTrue(refused.getMessage().contains("entry 1 (Condition) Bundle.entry[1].resource"), refused.getMessage());
        assertEquals(mapper.map(request).bundle().getEntry().size(),
                new ValidatedTransactionMapper(mapper, validator).map(request).bundle().getEntry().size());
    }

    @Test
    void resourcesAreCheckedAgainstTheIpsProfiles() {
        Assumptions.assumeTrue(validator.checksIps(), "the IPS package (" + BundleValidator.IPS_PACKAGE + "@"
                + BundleValidator.IPS_VERSION + ") is not fetched; run " + FhirPackageDirectory.FETCH_SCRIPT);
        Bundle bundle = mapper.map(DeliveryRequest.of(ClinicalNotes.rich(), PATIENT)).bundle();
        BundleValidation result = validator.validate(bundle);
        assertTrue(result.ipsChecked());
        assertTrue(result.valid(), result.describeErrors());
        // Core R4 lets a Condition go without a code; IPS requires one.
        int at = 1;
        ((Condition) bundle.getEntry().get(at).getResource()).setCode(null);
        BundleValidation broken = validator.validate(bundle);
        assertTrue(broken.errors().stream().anyMatch(e -> e.entryIndex().orElse(-1) == at
                && e.profile().endsWith("Condition-uv-ips")), broken.describeErrors());
    }
}

package io.clinscribe.delivery.fhir.mapping;

import ca.uhn.fhir.context.FhirContext;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.PatientContext;
import io.clinscribe.delivery.fhir.FhirTransaction;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.Entry;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.FamilyMemberHistory;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FhirRecordMapperTest {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static FhirRecordMapper mapper;
    private static final PatientContext PATIENT = PatientContext.parse("Patient/123", Optional.of("Encounter/enc-7"));

    @BeforeAll
    static void loadUcum() {
        mapper = new FhirRecordMapper();
    }

    private static FhirTransaction map(ClinicalDocument document) {
        return mapper.map(DeliveryRequest.of(document, PATIENT));
    }

    /** The resource carrying the entry whose mention text is {@code phrase}. */
    private static <T extends Resource> T carrier(FhirTransaction t, ClinicalDocument d, String phrase, Class<T> type) {
        int index = index(d, phrase);
        Integer at = t.carriedBy().get(index);
        assertTrue(at != null, phrase + " not carried: " + t.notCarried().get(index));
        return type.cast(t.bundle().getEntry().get(at).getResource());
    }

    private static int index(ClinicalDocument d, String phrase) {
        List<Entry> entries = d.entries();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).mention().text().equals(phrase)) {
                return i;
            }
        }
        throw new IllegalArgumentException(phrase);
    }

    private static String code(org.hl7.fhir.r4.model.CodeableConcept concept) {
        return concept.getCodingFirstRep().getCode();
    }

    @Test
    void problemAssertionsBecomeClinicalAndVerificationStatus() {
        ClinicalDocument d = ClinicalNotes.rich();
        FhirTransaction t = map(d);
        Condition copd = carrier(t, d, "COPD", Condition.class);
        assertEquals("active", code(copd.getClinicalStatus()));
        assertEquals("confirmed", code(copd.getVerificationStatus()));
        assertEquals("encounter-diagnosis", code(copd.getCategoryFirstRep()));
        assertEquals("http://snomed.info/sct", copd.getCode().getCodingFirstRep().getSystem());
        assertEquals("13645005", copd.getCode().getCodingFirstRep().getCode());
        assertEquals("COPD", copd.getCode().getText());
        assertEquals("Patient/123", copd.getSubject().getReference());
        assertEquals("Encounter/enc-7", copd.getEncounter().getReference());

        Condition chestPain = carrier(t, d, "chest pain", Condition.class);
        assertEquals("refuted", code(chestPain.getVerificationStatus()));
        assertFalse(chestPain.hasClinicalStatus(), "a refuted condition was never active or inactive");
        assertEquals("chest", chestPain.getBodySiteFirstRep().getText());

        assertEquals("provisional", code(carrier(t, d, "pneumonia", Condition.class).getVerificationStatus()));
        assertEquals("inactive", code(carrier(t, d, "kidney stones", Condition.class).getClinicalStatus()));
        assertTrue(t.notCarried().get(index(d, "fever")).contains("hypothetical"));
        assertTrue(t.notCarried().get(index(d, "tuberculosis")).contains("other than the patient"));
    }

    @Test
    void needsReviewIsTaggedAndUnconfirmedButNeverDropped() {
        ClinicalDocument d = ClinicalNotes.withReview(ClinicalNotes.rich(), 1, "low confidence");
        FhirTransaction t = map(d);
        Condition copd = carrier(t, d, "COPD", Condition.class);
        assertEquals("unconfirmed", code(copd.getVerificationStatus()));
        assertTrue(copd.getMeta().getTag().stream().anyMatch(c -> c.getSystem().equals(ReviewMarking.SYSTEM)
                && c.getCode().equals(ReviewMarking.NEEDS_REVIEW)));

        ClinicalDocument v = ClinicalNotes.withReview(ClinicalNotes.rich(), index(ClinicalNotes.rich(), "HR 92"), "implausible");
        Observation hr = carrier(map(v), v, "HR 92", Observation.class);
        assertEquals(Observation.ObservationStatus.PRELIMINARY, hr.getStatus());
        assertTrue(hr.getMeta().getTag(ReviewMarking.SYSTEM, ReviewMarking.NEEDS_REVIEW) != null);
    }

    @Test
    void familyHistoryNamesTheRelative() {
        ClinicalDocument d = ClinicalNotes.rich();
        FamilyMemberHistory history = carrier(map(d), d, "breast cancer", FamilyMemberHistory.class);
        assertEquals("MTH", code(history.getRelationship()));
        assertEquals("254837009", code(history.getConditionFirstRep().getCode()));
        assertEquals(FamilyMemberHistory.FamilyHistoryStatus.COMPLETED, history.getStatus());
        assertEquals("Patient/123", history.getPatient().getReference());
    }

    @Test
    void medicationsAreStatementsWithTheirSig() {
        ClinicalDocument d = ClinicalNotes.rich();
        FhirTransaction t = map(d);
        MedicationStatement albuterol = carrier(t, d, "albuterol 2 puffs inhaled q4-6h prn wheezing", MedicationStatement.class);
        assertEquals(MedicationStatement.MedicationStatementStatus.ACTIVE, albuterol.getStatus());
        assertEquals("435", albuterol.getMedicationCodeableConcept().getCodingFirstRep().getCode());
        assertEquals("http://www.nlm.nih.gov/research/umls/rxnorm", albuterol.getMedicationCodeableConcept().getCodingFirstRep().getSystem());
        var dosage = albuterol.getDosageFirstRep();
        assertEquals("18679011000001101", dosage.getRoute().getCodingFirstRep().getCode());
        assertEquals(1, dosage.getTiming().getRepeat().getFrequency());
        assertEquals(0, new BigDecimal("4").compareTo(dosage.getTiming().getRepeat().getPeriod()));
        assertEquals(0, new BigDecimal("6").compareTo(dosage.getTiming().getRepeat().getPeriodMax()));
        assertEquals("h", dosage.getTiming().getRepeat().getPeriodUnit().toCode());
        assertEquals("wheezing", dosage.getAsNeededCodeableConcept().getText());
        Quantity dose = dosage.getDoseAndRateFirstRep().getDoseQuantity();
        assertEquals("{puff}", dose.getCode());
        assertEquals("http://unitsofmeasure.org", dose.getSystem());

        MedicationStatement prednisone = carrier(t, d, "prednisone 40 mg PO daily for 5 days", MedicationStatement.class);
        assertEquals("mg", prednisone.getDosageFirstRep().getDoseAndRateFirstRep().getDoseQuantity().getCode());
        assertEquals(0, new BigDecimal("5").compareTo(prednisone.getDosageFirstRep().getTiming().getRepeat()
                .getBoundsDuration().getValue()));
        assertFalse(prednisone.getDosageFirstRep().getAsNeededBooleanType().booleanValue());

        assertEquals(MedicationStatement.MedicationStatementStatus.COMPLETED,
                carrier(t, d, "aspirin", MedicationStatement.class).getStatus());
    }

    @Test
    void allergiesWithReactionsAndNoKnownDrugAllergy() {
        ClinicalDocument d = ClinicalNotes.rich();
        FhirTransaction t = map(d);
        AllergyIntolerance penicillin = carrier(t, d, "penicillin (hives)", AllergyIntolerance.class);
        assertEquals("penicillin", penicillin.getCode().getText());
        assertEquals("hives", penicillin.getReactionFirstRep().getManifestationFirstRep().getText());
        assertEquals("confirmed", code(penicillin.getVerificationStatus()));

        AllergyIntolerance nkda = carrier(t, d, "NKDA", AllergyIntolerance.class);
        assertEquals("409137002", nkda.getCode().getCodingFirstRep().getCode());
        assertEquals("active", code(nkda.getClinicalStatus()));

        String text = "Not allergic to sulfa.";
        ClinicalDocument refuted = ClinicalNotes.single(text, new io.clinscribe.record.Allergy(ClinicalNotes.mention(text,
                "sulfa", io.clinscribe.record.Assertion.PRESENT.withNegated(true), "allergies"), "sulfa", Optional.empty()));
        AllergyIntolerance sulfa = carrier(map(refuted), refuted, "sulfa", AllergyIntolerance.class);
        assertEquals("refuted", code(sulfa.getVerificationStatus()));
        assertEquals("sulfa", sulfa.getCode().getText());
    }

    @Test
    void bloodPressureIsOnePanelWithTwoComponents() {
        ClinicalDocument d = ClinicalNotes.rich();
        FhirTransaction t = mapper.map(DeliveryRequest.of(d, PATIENT), Optional.of(LocalDate.of(2026, 11, 20)));
        Observation bp = carrier(t, d, "BP 138/84", Observation.class);
        assertEquals("85354-9", code(bp.getCode()));
        assertEquals(1, bp.getCode().getCoding().size(), "the component codes belong to the components");
        assertEquals("vital-signs", code(bp.getCategoryFirstRep()));
        assertEquals("http://hl7.org/fhir/StructureDefinition/bp", bp.getMeta().getProfile().get(0).getValue());
        assertEquals(2, bp.getComponent().size());
        assertEquals("8480-6", code(bp.getComponent().get(0).getCode()));
        assertEquals(0, new BigDecimal("138").compareTo(bp.getComponent().get(0).getValueQuantity().getValue()));
        assertEquals("mm[Hg]", bp.getComponent().get(0).getValueQuantity().getCode());
        assertEquals("8462-4", code(bp.getComponent().get(1).getCode()));
        assertEquals(0, new BigDecimal("84").compareTo(bp.getComponent().get(1).getValueQuantity().getValue()));
        assertFalse(bp.hasValue());
        assertEquals("2026-11-20", bp.getEffectiveDateTimeType().getValueAsString());
        long panels = t.bundle().getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof Observation o && o.getCode().hasCoding("http://loinc.org", "8480-6")).count();
        assertEquals(0, panels, "no separate systolic Observation");
    }

    @Test
    void vitalSignsClaimTheirProfileOnlyWithADayOfService() {
        ClinicalDocument d = ClinicalNotes.rich();
        Observation undated = carrier(map(d), d, "HR 92", Observation.class);
        assertFalse(undated.getMeta().hasProfile());
        assertTrue(undated.getEffectiveDateTimeType().hasExtension("http://hl7.org/fhir/StructureDefinition/data-absent-reason"));

        FhirTransaction dated = mapper.map(DeliveryRequest.of(d, PATIENT), Optional.of(LocalDate.of(2026, 11, 20)));
        Observation hr = carrier(dated, d, "HR 92", Observation.class);
        assertEquals("http://hl7.org/fhir/StructureDefinition/heartrate", hr.getMeta().getProfile().get(0).getValue());
        assertEquals("/min", hr.getValueQuantity().getCode());
        Observation temp = carrier(dated, d, "Temp 37.8 C", Observation.class);
        assertEquals("Cel", temp.getValueQuantity().getCode());
        Observation spo2 = carrier(dated, d, "SpO2 93%", Observation.class);
        assertTrue(spo2.getCode().hasCoding("http://loinc.org", "2708-6"));
        assertTrue(spo2.getCode().hasCoding("http://loinc.org", "59408-5"));
        Observation pain = carrier(dated, d, "Pain 4/10", Observation.class);
        assertEquals("survey", code(pain.getCategoryFirstRep()));
        assertEquals(4, ((IntegerType) pain.getValue()).getValue());
        assertFalse(pain.getMeta().hasProfile());
    }

    @Test
    void labResultsWithLoincUcumAndInterpretation() {
        ClinicalDocument d = ClinicalNotes.rich();
        FhirTransaction t = map(d);
        Observation wbc = carrier(t, d, "WBC 11.2", Observation.class);
        assertEquals("laboratory", code(wbc.getCategoryFirstRep()));
        assertEquals("6690-2", code(wbc.getCode()));
        assertEquals("WBC", wbc.getCode().getText());
        assertEquals("H", code(wbc.getInterpretationFirstRep()));
        assertFalse(wbc.getValueQuantity().hasSystem(), "no unit written, none claimed");

        Quantity potassium = carrier(t, d, "potassium 4.1 mEq/L", Observation.class).getValueQuantity();
        assertEquals("meq/L", potassium.getCode(), "mEq/L is written meq/L in UCUM");
        assertEquals("http://unitsofmeasure.org", potassium.getSystem());

        Observation troponin = carrier(t, d, "troponin negative", Observation.class);
        assertEquals("negative", troponin.getValueStringType().getValue());
        assertFalse(troponin.getCode().hasCoding());
    }

    @Test
    void proceduresDoneNotDoneAndPlanned() {
        ClinicalDocument d = ClinicalNotes.rich();
        FhirTransaction t = map(d);
        Procedure xray = carrier(t, d, "Chest x-ray", Procedure.class);
        assertEquals(Procedure.ProcedureStatus.COMPLETED, xray.getStatus());
        assertEquals("Chest", xray.getBodySiteFirstRep().getText());
        assertEquals(Procedure.ProcedureStatus.NOTDONE, carrier(t, d, "CT", Procedure.class).getStatus());
        ServiceRequest colonoscopy = carrier(t, d, "Colonoscopy", ServiceRequest.class);
        assertEquals(ServiceRequest.ServiceRequestIntent.PLAN, colonoscopy.getIntent());
        assertEquals("73761001", code(colonoscopy.getCode()));
    }

    @Test
    void everyResourceIsAConditionalCreateOnItsStableIdentifier() {
        ClinicalDocument d = ClinicalNotes.rich();
        DeliveryRequest request = DeliveryRequest.of(d, PATIENT);
        FhirTransaction t = mapper.map(request);
        Bundle bundle = t.bundle();
        assertEquals(Bundle.BundleType.TRANSACTION, bundle.getType());
        Set<String> fullUrls = new HashSet<>();
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            assertTrue(e.getFullUrl().startsWith("urn:uuid:"));
            assertTrue(fullUrls.add(e.getFullUrl()), "fullUrls are unique");
            assertEquals(Bundle.HTTPVerb.POST, e.getRequest().getMethod());
            assertEquals(e.getResource().fhirType(), e.getRequest().getUrl());
            assertTrue(e.getRequest().getIfNoneExist().startsWith("identifier=urn:clinscribe:")
                    || e.getRequest().getIfNoneExist().startsWith("_tag=urn:clinscribe:provenance|"));
        }
        for (var carried : t.carriedBy().entrySet()) {
            Bundle.BundleEntryComponent e = bundle.getEntry().get(carried.getValue());
            assertEquals("identifier=urn:clinscribe:entry|" + request.entryId(carried.getKey()), e.getRequest().getIfNoneExist());
        }
        DocumentReference source = (DocumentReference) bundle.getEntry().get(0).getResource();
        assertEquals("identifier=urn:clinscribe:delivery|" + request.deliveryId(), bundle.getEntry().get(0).getRequest().getIfNoneExist());
        assertEquals(request.deliveryId(), source.getIdentifierFirstRep().getValue());
        assertEquals(d.entries().size(), t.carriedBy().size() + t.notCarried().size(), "every entry is accounted for");
    }

    @Test
    void sameRequestSameBytesOtherPatientOtherIds() {
        ClinicalDocument d = ClinicalNotes.rich();
        String first = FHIR.newJsonParser().encodeResourceToString(map(d).bundle());
        String second = FHIR.newJsonParser().encodeResourceToString(new FhirRecordMapper().map(DeliveryRequest.of(d, PATIENT)).bundle());
        assertEquals(first, second);
        String other = FHIR.newJsonParser().encodeResourceToString(
                mapper.map(DeliveryRequest.of(d, PatientContext.parse("Patient/456", Optional.empty()))).bundle());
        assertNotEquals(first, other);
        String firstUrl = map(d).bundle().getEntry().get(1).getFullUrl();
        assertFalse(other.contains(firstUrl), "another patient's resources get other ids");
    }

    @Test
    void patientNamedByIdentifierIsAConditionalReference() {
        ClinicalDocument d = ClinicalNotes.rich();
        FhirTransaction t = mapper.map(DeliveryRequest.of(d, PatientContext.parse("urn:oid:2.16.840.1.113883.3.72.5.9.1|MRN-42",
                Optional.empty())));
        Condition copd = carrier(t, d, "COPD", Condition.class);
        assertEquals("Patient?identifier=urn:oid:2.16.840.1.113883.3.72.5.9.1|MRN-42", copd.getSubject().getReference());
        assertFalse(copd.hasEncounter());
        DocumentReference source = (DocumentReference) t.bundle().getEntry().get(0).getResource();
        assertEquals(copd.getSubject().getReference(), source.getSubject().getReference());
        assertFalse(source.getContext().hasEncounter());
    }

    @Test
    void eachEntryHasAProvenancePointingAtItsResourceAndTheSource() {
        ClinicalDocument d = ClinicalNotes.rich();
        FhirTransaction t = map(d);
        Bundle bundle = t.bundle();
        String sourceUrl = bundle.getEntry().get(0).getFullUrl();
        int copd = index(d, "COPD");
        int at = t.carriedBy().get(copd);
        Provenance provenance = (Provenance) bundle.getEntry().get(at + 1).getResource();
        assertEquals(bundle.getEntry().get(at).getFullUrl(), provenance.getTargetFirstRep().getReference());
        assertEquals(sourceUrl, provenance.getEntityFirstRep().getWhat().getReference());
        assertEquals(Provenance.ProvenanceEntityRole.SOURCE, provenance.getEntityFirstRep().getRole());
        Extension location = provenance.getEntityFirstRep().getExtensionByUrl(MentionProvenanceMapper.MENTION_LOCATION);
        assertEquals(d.entries().get(copd).span().begin(), ((IntegerType) location.getExtensionByUrl("spanBegin").getValue()).getValue());
        assertEquals(d.entries().get(copd).span().end(), ((IntegerType) location.getExtensionByUrl("spanEnd").getValue()).getValue());
        long provenances = bundle.getEntry().stream().filter(e -> e.getResource() instanceof Provenance).count();
        assertEquals(t.carriedBy().size(), provenances);
    }

    @Test
    void dictationAndScanProvenanceCarryAudioRangeAndPageBox() {
        ClinicalDocument dictated = ClinicalNotes.dictated();
        FhirTransaction t = map(dictated);
        Provenance spoken = (Provenance) t.bundle().getEntry().get(2).getResource();
        Extension audio = spoken.getEntityFirstRep().getExtensionByUrl(MentionProvenanceMapper.MENTION_LOCATION);
        assertEquals(1200, ((IntegerType) audio.getExtensionByUrl("audioStartMs").getValue()).getValue());
        assertEquals(2100, ((IntegerType) audio.getExtensionByUrl("audioEndMs").getValue()).getValue());
        DocumentReference recording = (DocumentReference) t.bundle().getEntry().get(0).getResource();
        assertEquals(2, recording.getContent().size());
        assertEquals("audio/wav", recording.getContent().get(0).getAttachment().getContentType());
        assertEquals("a".repeat(64), recording.getContent().get(0).getAttachment()
                .getExtensionString("https://clinscribe.io/fhir/StructureDefinition/source-sha256"));
        assertFalse(recording.getContent().get(0).getAttachment().hasData());

        ClinicalDocument scanned = ClinicalNotes.scanned();
        Provenance written = (Provenance) map(scanned).bundle().getEntry().get(2).getResource();
        Extension box = written.getEntityFirstRep().getExtensionByUrl(MentionProvenanceMapper.MENTION_LOCATION);
        assertEquals(1, ((IntegerType) box.getExtensionByUrl("page").getValue()).getValue());
        assertEquals(372, ((IntegerType) box.getExtensionByUrl("y1").getValue()).getValue());
        DocumentReference page = (DocumentReference) map(scanned).bundle().getEntry().get(0).getResource();
        assertEquals("34109-9", code(page.getType()));
    }

    @Test
    void typedNoteIsAttachedWithItsSha1() throws Exception {
        ClinicalDocument d = ClinicalNotes.rich();
        DocumentReference source = (DocumentReference) map(d).bundle().getEntry().get(0).getResource();
        assertEquals(DocumentReference.ReferredDocumentStatus.FINAL, source.getDocStatus());
        assertEquals("11506-3", code(source.getType()));
        assertEquals("Encounter/enc-7", source.getContext().getEncounterFirstRep().getReference());
        var attachment = source.getContentFirstRep().getAttachment();
        byte[] text = d.text().getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(text, attachment.getData());
        assertArrayEquals(MessageDigest.getInstance("SHA-1").digest(text), attachment.getHash());
        assertEquals(text.length, attachment.getSize());
        assertInstanceOf(String.class, attachment.getContentType());
    }
}

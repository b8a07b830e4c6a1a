package io.clinscribe.delivery.hl7v2;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_ORDER_OBSERVATION;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import ca.uhn.hl7v2.model.v251.segment.PID;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.PatientContext;
import io.clinscribe.delivery.hl7v2.message.BuiltMessage;
import io.clinscribe.delivery.hl7v2.message.MessageHeader;
import io.clinscribe.delivery.hl7v2.message.ResultsMessage;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.Entry;
import io.clinscribe.record.Subject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsMessageTest {

    private static final Instant AT = Instant.parse("2026-11-25T07:15:00Z");
    private static HapiContext hapi;

    @BeforeAll
    static void context() {
        hapi = new DefaultHapiContext();
    }

    @AfterAll
    static void close() throws IOException {
        hapi.close();
    }

    /** The message as a receiver sees it: encoded, then parsed back by HAPI with its default validation. */
    private static ORU_R01 roundTrip(BuiltMessage built) throws Exception {
        String er7 = hapi.getPipeParser().encode(built.message());
        return (ORU_R01) hapi.getPipeParser().parse(er7);
    }

    private static BuiltMessage build(DeliveryRequest request) throws Exception {
        return new ResultsMessage(MessageHeader.of("clinscribe"), hapi.getModelClassFactory()).build(request, AT)
                .orElseThrow();
    }

    @Test
    void vitalSignsAndLabsCarryLoincUcumAndValues() throws Exception {
        DeliveryRequest request = FollowUpNote.request();
        BuiltMessage built = build(request);
        ORU_R01 oru = roundTrip(built);

        assertEquals("ORU", oru.getMSH().getMessageType().getMessageCode().getValue());
        assertEquals("R01", oru.getMSH().getMessageType().getTriggerEvent().getValue());
        assertEquals("2.5.1", oru.getMSH().getVersionID().getVersionID().getValue());
        assertEquals(request.deliveryId().substring(0, 16).toUpperCase() + "-ORU",
                oru.getMSH().getMessageControlID().getValue());
        assertEquals(built.controlId(), oru.getMSH().getMessageControlID().getValue());

        PID pid = oru.getPATIENT_RESULT().getPATIENT().getPID();
        assertEquals("MRN-4471", pid.getPatientIdentifierList(0).getIDNumber().getValue());
        assertEquals("2.16.840.1.113883.3.72.5.9.1",
                pid.getPatientIdentifierList(0).getAssigningAuthority().getUniversalID().getValue());
        assertEquals("ISO", pid.getPatientIdentifierList(0).getAssigningAuthority().getUniversalIDType().getValue());
        assertEquals("MR", pid.getPatientIdentifierList(0).getIdentifierTypeCode().getValue());
        assertEquals("V-20261125-01",
                oru.getPATIENT_RESULT().getPATIENT().getVISIT().getPV1().getVisitNumber().getIDNumber().getValue());

        assertEquals(2, oru.getPATIENT_RESULT().getORDER_OBSERVATIONReps());
        ORU_R01_ORDER_OBSERVATION vitals = oru.getPATIENT_RESULT().getORDER_OBSERVATION(0);
        OBR vitalsOrder = vitals.getOBR();
        assertEquals("85353-1", vitalsOrder.getUniversalServiceIdentifier().getIdentifier().getValue());
        assertEquals("LN", vitalsOrder.getUniversalServiceIdentifier().getNameOfCodingSystem().getValue());
        assertEquals("F", vitalsOrder.getResultStatus().getValue());
        // BP 152/94 (two OBX sharing sub-id 1), HR 88, RR 16, temp 37.2 C, SpO2 97 %, weight 92.4 kg
        assertEquals(7, vitals.getOBSERVATIONReps());
        assertObservation(vitals.getOBSERVATION(0).getOBX(), "8480-6", "NM", "152", "mm[Hg]", "F");
        assertObservation(vitals.getOBSERVATION(1).getOBX(), "8462-4", "NM", "94", "mm[Hg]", "F");
        assertEquals("1", vitals.getOBSERVATION(0).getOBX().getObservationSubID().getValue());
        assertEquals("1", vitals.getOBSERVATION(1).getOBX().getObservationSubID().getValue());
        assertObservation(vitals.getOBSERVATION(2).getOBX(), "8867-4", "NM", "88", "/min", "F");
        assertObservation(vitals.getOBSERVATION(3).getOBX(), "9279-1", "NM", "16", "/min", "F");
        assertObservation(vitals.getOBSERVATION(4).getOBX(), "8310-5", "NM", "37.2", "Cel", "F");
        assertObservation(vitals.getOBSERVATION(5).getOBX(), "2708-6", "NM", "97", "%", "F");
        assertObservation(vitals.getOBSERVATION(6).getOBX(), "29463-7", "NM", "92.4", "kg", "F");
        assertEquals("UCUM", vitals.getOBSERVATION(0).getOBX().getUnits().getNameOfCodingSystem().getValue());
        assertEquals("LN", vitals.getOBSERVATION(0).getOBX().getObservationIdentifier().getNameOfCodingSystem().getValue());

        ORU_R01_ORDER_OBSERVATION labs = oru.getPATIENT_RESULT().getORDER_OBSERVATION(1);
        assertEquals(ResultsMessage.LABS_PANEL, labs.getOBR().getUniversalServiceIdentifier().getIdentifier().getValue());
        assertEquals("L", labs.getOBR().getUniversalServiceIdentifier().getNameOfCodingSystem().getValue());
        assertEquals(4, labs.getOBSERVATIONReps());
        OBX a1c = labs.getOBSERVATION(0).getOBX();
        assertObservation(a1c, "4548-4", "NM", "8.1", "%", "F");
        assertEquals("H", a1c.getAbnormalFlags(0).getValue());
        assertObservation(labs.getOBSERVATION(1).getOBX(), "2345-7", "NM", "182", "mg/dL", "F");
        assertObservation(labs.getOBSERVATION(2).getOBX(), "2823-3", "NM", "4.2", "mmol/L", "F");
        assertEquals(0, labs.getOBSERVATION(2).getOBX().getAbnormalFlagsReps());
        OBX ketones = labs.getOBSERVATION(3).getOBX();
        assertEquals("ST", ketones.getValueType().getValue());
        assertEquals("negative", ketones.getObservationValue(0).getData().encode());
        assertEquals("urine ketones", ketones.getObservationIdentifier().getIdentifier().getValue());
        assertEquals("L", ketones.getObservationIdentifier().getNameOfCodingSystem().getValue());
        assertTrue(ketones.getUnits().isEmpty());

        // entries 5..14 are the vital signs and labs; the others stay in the note
        assertEquals("OBR[1]/OBX[1-2]", built.carried().get(5));
        assertEquals("OBR[2]/OBX[4]", built.carried().get(14));
        assertEquals(10, built.carried().size());
        assertFalse(built.carried().containsKey(0));
    }

    @Test
    void entriesNeedingReviewArePreliminaryAndUnobservedOnesStayOut() throws Exception {
        ClinicalDocument doc = FollowUpNote.document();
        doc = change(doc, 6, e -> e.withMention(e.mention().withReviewReason("implausible heart_rate value")));
        doc = change(doc, 7, e -> e.withMention(e.mention().withAssertion(e.assertion().withHistorical(true))));
        doc = change(doc, 8, e -> e.withMention(e.mention().withAssertion(e.assertion().withSubject(Subject.FAMILY_MEMBER))));
        doc = change(doc, 13, e -> e.withMention(e.mention().withAssertion(e.assertion().withNegated(true))));
        doc = change(doc, 12, e -> e.withMention(e.mention().withAssertion(e.assertion().withHypothetical(true))));
        BuiltMessage built = build(DeliveryRequest.of(doc, FollowUpNote.PATIENT));
        ORU_R01 oru = roundTrip(built);

        ORU_R01_ORDER_OBSERVATION vitals = oru.getPATIENT_RESULT().getORDER_OBSERVATION(0);
        assertEquals(5, vitals.getOBSERVATIONReps(), "RR (historical) and temperature (family) left out");
        OBX heartRate = vitals.getOBSERVATION(2).getOBX();
        assertObservation(heartRate, "8867-4", "NM", "88", "/min", "P");
        assertTrue(vitals.getOBSERVATION(2).getNTE().getComment(0).getValue().contains("implausible heart_rate value"));
        assertEquals("P", vitals.getOBR().getResultStatus().getValue());
        ORU_R01_ORDER_OBSERVATION labs = oru.getPATIENT_RESULT().getORDER_OBSERVATION(1);
        assertEquals(2, labs.getOBSERVATIONReps(), "glucose (hypothetical) and potassium (negated) left out");
        assertEquals("F", labs.getOBR().getResultStatus().getValue());
        assertFalse(built.carried().containsKey(7));
        assertFalse(built.carried().containsKey(13));
    }

    @Test
    void patientByEhrIdWithoutEncounterAndDocumentsWithoutResults() throws Exception {
        PatientContext byId = PatientContext.parse("Patient/8812", Optional.empty());
        ORU_R01 oru = roundTrip(build(DeliveryRequest.of(FollowUpNote.document(), byId)));
        PID pid = oru.getPATIENT_RESULT().getPATIENT().getPID();
        assertEquals("8812", pid.getPatientIdentifierList(0).getIDNumber().getValue());
        assertEquals("PI", pid.getPatientIdentifierList(0).getIdentifierTypeCode().getValue());
        assertTrue(pid.getPatientIdentifierList(0).getAssigningAuthority().isEmpty());
        assertTrue(oru.getPATIENT_RESULT().getPATIENT().getVISIT().getPV1().isEmpty());

        ClinicalDocument problemsOnly = FollowUpNote.document();
        problemsOnly = new ClinicalDocument(problemsOnly.id(), problemsOnly.text(), problemsOnly.sections(),
                problemsOnly.entries().subList(0, 5), List.of());
        assertTrue(new ResultsMessage(MessageHeader.of("clinscribe"), hapi.getModelClassFactory())
                .build(DeliveryRequest.of(problemsOnly, byId), AT).isEmpty());
    }

    @Test
    void resultsAreFiledOnTheDayOfCareWhenTheCallerNamesIt() throws Exception {
        PatientContext onTheDay = PatientContext.parse("Patient/8812", Optional.empty())
                .on(java.time.LocalDate.of(2026, 11, 24));
        ORU_R01 oru = roundTrip(build(DeliveryRequest.of(FollowUpNote.document(), onTheDay)));
        assertEquals("20261124", oru.getPATIENT_RESULT().getORDER_OBSERVATION().getOBR().getObservationDateTime()
                .getTime().getValue());
        ORU_R01 undated = roundTrip(build(DeliveryRequest.of(FollowUpNote.document(),
                PatientContext.parse("Patient/8812", Optional.empty()))));
        String reportTime = undated.getPATIENT_RESULT().getORDER_OBSERVATION().getOBR().getObservationDateTime()
                .getTime().getValue();
        assertTrue(reportTime.length() >= 14, "without a day, the report time to the second: " + reportTime);
    }

    private static void assertObservation(OBX obx, String loinc, String type, String value, String unit,
                                          String status) throws Exception {
        assertEquals(loinc, obx.getObservationIdentifier().getIdentifier().getValue());
        assertEquals(type, obx.getValueType().getValue());
        assertEquals(value, obx.getObservationValue(0).getData().encode());
        assertEquals(unit, obx.getUnits().getIdentifier().getValue());
        assertEquals(status, obx.getObservationResultStatus().getValue());
    }

    static ClinicalDocument change(ClinicalDocument doc, int index, UnaryOperator<Entry> change) {
        List<Entry> entries = new ArrayList<>(doc.entries());
        entries.set(index, change.apply(entries.get(index)));
        return new ClinicalDocument(doc.id(), doc.text(), doc.sections(), entries, doc.problems(), doc.source());
    }
}

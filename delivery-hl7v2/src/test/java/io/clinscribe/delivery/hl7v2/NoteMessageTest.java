package io.clinscribe.delivery.hl7v2;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.v251.message.MDM_T02;
import ca.uhn.hl7v2.model.v251.segment.TXA;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.hl7v2.message.BuiltMessage;
import io.clinscribe.delivery.hl7v2.message.MessageHeader;
import io.clinscribe.delivery.hl7v2.message.NoteMessage;
import io.clinscribe.record.ClinicalDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoteMessageTest {

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

    private static BuiltMessage build(ClinicalDocument doc) throws Exception {
        return new NoteMessage(new MessageHeader("clinscribe", "NORTH CLINIC", "EHR", "MAIN", "P"),
                hapi.getModelClassFactory(), "PR").build(DeliveryRequest.of(doc, FollowUpNote.PATIENT), AT).orElseThrow();
    }

    private static List<String> lines(MDM_T02 mdm) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < mdm.getOBSERVATIONReps(); i++) {
            assertEquals("TX", mdm.getOBSERVATION(i).getOBX().getValueType().getValue());
            assertEquals(Integer.toString(i + 1), mdm.getOBSERVATION(i).getOBX().getSetIDOBX().getValue());
            lines.add(text(mdm, i));
        }
        return lines;
    }

    private static String text(MDM_T02 mdm, int i) throws Exception {
        var data = mdm.getOBSERVATION(i).getOBX().getObservationValue(0).getData();
        return data instanceof ca.uhn.hl7v2.model.Primitive p && p.getValue() != null ? p.getValue() : "";
    }

    @Test
    void theNoteTravelsLineByLineWithItsDocumentNumber() throws Exception {
        ClinicalDocument doc = FollowUpNote.document();
        BuiltMessage built = build(doc);
        String er7 = hapi.getPipeParser().encode(built.message());
        MDM_T02 mdm = (MDM_T02) hapi.getPipeParser().parse(er7);

        assertEquals("MDM", mdm.getMSH().getMessageType().getMessageCode().getValue());
        assertEquals("T02", mdm.getMSH().getMessageType().getTriggerEvent().getValue());
        assertTrue(built.controlId().endsWith("-MDM"));
        assertEquals(20, built.controlId().length());
        assertEquals("NORTH CLINIC", mdm.getMSH().getSendingFacility().getNamespaceID().getValue());
        assertEquals("EHR", mdm.getMSH().getReceivingApplication().getNamespaceID().getValue());
        assertEquals("UNICODE UTF-8", mdm.getMSH().getCharacterSet(0).getValue());
        assertEquals("MRN-4471", mdm.getPID().getPatientIdentifierList(0).getIDNumber().getValue());
        assertEquals("V-20261125-01", mdm.getPV1().getVisitNumber().getIDNumber().getValue());
        TXA txa = mdm.getTXA();
        assertEquals("PR", txa.getDocumentType().getValue());
        assertEquals(DeliveryRequest.of(doc, FollowUpNote.PATIENT).deliveryId(),
                txa.getUniqueDocumentNumber().getEntityIdentifier().getValue());
        assertEquals("DO", txa.getDocumentCompletionStatus().getValue());
        assertEquals(List.of(doc.text().split("\n")), lines(mdm));
        assertEquals("F", mdm.getOBSERVATION(0).getOBX().getObservationResultStatus().getValue());
    }

    @Test
    void delimitersAreEscapedAndFramingBytesRemoved() throws Exception {
        String text = "BP 120/80 | HR 72 & RR 16\r\n  - indented\nA1c ~7% ^ goal \\ see plan\u000b\u001c\n\nTemp 37.2 \u00b0C\n";
        ClinicalDocument doc = new ClinicalDocument("escapes", text, List.of(), List.of(), List.of());
        BuiltMessage built = build(doc);
        String er7 = hapi.getPipeParser().encode(built.message());
        assertTrue(er7.contains("BP 120/80 \\F\\ HR 72 \\T\\ RR 16"), er7);
        assertTrue(er7.contains("A1c \\R\\7% \\S\\ goal \\E\\ see plan"), er7);
        assertFalse(er7.contains("\u000b") || er7.contains("\u001c"));
        MDM_T02 mdm = (MDM_T02) hapi.getPipeParser().parse(er7);
        assertEquals(List.of("BP 120/80 | HR 72 & RR 16", "  - indented", "A1c ~7% ^ goal \\ see plan", "", "Temp 37.2 \u00b0C"),
                lines(mdm));
    }

    @Test
    void aNoteWithEntriesToReviewIsInProgressNotDocumented() throws Exception {
        ClinicalDocument doc = ResultsMessageTest.change(FollowUpNote.document(), 6,
                e -> e.withMention(e.mention().withReviewReason("implausible heart_rate value")));
        MDM_T02 mdm = (MDM_T02) build(doc).message();
        assertEquals("IP", mdm.getTXA().getDocumentCompletionStatus().getValue());
        assertEquals("P", mdm.getOBSERVATION(0).getOBX().getObservationResultStatus().getValue());
    }
}

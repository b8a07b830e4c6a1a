package io.clinscribe.delivery.hl7v2.message;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.datatype.TX;
import ca.uhn.hl7v2.model.v251.message.MDM_T02;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import ca.uhn.hl7v2.model.v251.segment.TXA;
import ca.uhn.hl7v2.parser.ModelClassFactory;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.record.ClinicalDocument;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The document's clean text as an MDM^T02 (original document notification and content, v2.5.1): EVN, PID, PV1,
 * TXA, and one OBX of type TX per line of the note, so problems, medications, allergies and procedures reach
 * the chart as the clinician wrote them. Field delimiters in the text ({@code | ^ ~ \ &}) are escaped by HAPI's
 * encoder; line breaks never reach a field because each line is its own OBX.
 *
 * <p>TXA-12 (unique document number) is the delivery id, so a receiver can recognise a resent note. TXA-17 is
 * {@code DO} (documented: complete, awaiting the author's signature) or {@code IP} (in progress) when any entry
 * needs review or processing reported a problem: clinscribe signs nothing, so {@code AU}/{@code LA}
 * (authenticated) would claim a signature that never happened.
 */
public final class NoteMessage {

    /** LOINC's generic document ontology code for a note, the OBX-3 of each text line. */
    static final String NOTE_LOINC = "34109-9";
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    /** MLLP frames with 0x0B and 0x1C; other control characters are no text a chart can show either. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\t\n]]");

    private final MessageHeader header;
    private final ModelClassFactory classes;
    private final String documentType;

    /**
     * @param documentType TXA-2 (HL7 table 0270), e.g. {@code PR} progress note, {@code CN} consultation,
     *                     {@code DS} discharge summary; receivers map it to their own note types
     */
    public NoteMessage(MessageHeader header, ModelClassFactory classes, String documentType) {
        this.header = header;
        this.classes = classes;
        this.documentType = documentType;
    }

    /** The MDM^T02 for the request's note text, or empty when the document has no text. */
    public Optional<BuiltMessage> build(DeliveryRequest request, Instant at) throws HL7Exception {
        ClinicalDocument document = request.document();
        if (document.text().isBlank()) {
            return Optional.empty();
        }
        String controlId = MessageControlId.of(request.deliveryId(), "MDM");
        MDM_T02 mdm = new MDM_T02(classes);
        header.fill(mdm.getMSH(), "MDM", "T02", "MDM_T02", controlId, at);
        mdm.getEVN().getEventTypeCode().setValue("T02");
        mdm.getEVN().getRecordedDateTime().getTime().setValue(HL7Time.of(at));
        PatientSegments.fill(mdm.getPID(), request.context());
        PatientSegments.fill(mdm.getPV1(), request.context());

        boolean unverified = document.entriesNeedingReview() > 0 || !document.problems().isEmpty();
        TXA txa = mdm.getTXA();
        txa.getSetIDTXA().setValue("1");
        txa.getDocumentType().setValue(documentType);
        txa.getDocumentContentPresentation().setValue("TX");
        // TXA-4: the day of care when the caller named it, else when the note was sent
        txa.getActivityDateTime().getTime().setValue(request.context().serviceDate()
                .map(d -> d.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)).orElse(HL7Time.of(at)));
        txa.getUniqueDocumentNumber().getEntityIdentifier().setValue(request.deliveryId());
        txa.getUniqueDocumentNumber().getNamespaceID().setValue(header.sendingApplication());
        txa.getDocumentCompletionStatus().setValue(unverified ? "IP" : "DO");
        txa.getDocumentAvailabilityStatus().setValue("AV");

        List<String> lines = lines(document.text());
        for (int i = 0; i < lines.size(); i++) {
            OBX obx = mdm.getOBSERVATION(i).getOBX();
            obx.getSetIDOBX().setValue(Integer.toString(i + 1));
            obx.getValueType().setValue("TX");
            obx.getObservationIdentifier().getIdentifier().setValue(NOTE_LOINC);
            obx.getObservationIdentifier().getText().setValue("Note");
            obx.getObservationIdentifier().getNameOfCodingSystem().setValue("LN");
            TX line = new TX(mdm);
            line.setValue(lines.get(i));
            obx.getObservationValue(0).setData(line);
            obx.getObservationResultStatus().setValue(unverified ? "P" : "F");
        }
        Map<Integer, String> carried = new LinkedHashMap<>();
        for (int i = 0; i < document.entries().size(); i++) {
            carried.put(i, "TXA-12 " + request.deliveryId());
        }
        return Optional.of(new BuiltMessage(mdm, controlId, carried));
    }

    /** The note's lines, without the empty one a final line break leaves and without trailing blanks. */
    static List<String> lines(String text) {
        String clean = CONTROL.matcher(LINE_BREAK.matcher(text).replaceAll("\n")).replaceAll(" ");
        // trailing blanks go: HAPI's parser drops them anyway, and what is sent should be what arrives
        List<String> lines = Stream.of(clean.split("\n", -1)).map(String::stripTrailing).toList();
        return clean.endsWith("\n") ? lines.subList(0, lines.size() - 1) : lines;
    }
}

package io.clinscribe.delivery.hl7v2.message;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.segment.MSH;

import java.time.Instant;
import java.util.Objects;

/**
 * Who sends and who receives, as an interface engine routes on them (MSH-3 to MSH-6), and the processing id
 * (MSH-11: {@code P} production, {@code T} training/test, {@code D} debugging), so a test feed can never be
 * filed as production data.
 */
public record MessageHeader(String sendingApplication, String sendingFacility, String receivingApplication,
                            String receivingFacility, String processingId) {

    /** HL7 v2.5.1 says MSH-18 names the character set; HAPI's MLLP layer then encodes with it. */
    public static final String CHARACTER_SET = "UNICODE UTF-8";

    public MessageHeader {
        Objects.requireNonNull(sendingApplication, "sendingApplication");
        Objects.requireNonNull(sendingFacility, "sendingFacility");
        Objects.requireNonNull(receivingApplication, "receivingApplication");
        Objects.requireNonNull(receivingFacility, "receivingFacility");
        if (!processingId.matches("[PTD]")) {
            throw new IllegalArgumentException("processing id must be P, T or D: " + processingId);
        }
    }

    public static MessageHeader of(String sendingApplication) {
        return new MessageHeader(sendingApplication, "", "", "", "P");
    }

    /** Fills MSH for a message of {@code type^event^structure} with the given control id. */
    void fill(MSH msh, String type, String event, String structure, String controlId, Instant at) throws HL7Exception {
        msh.getFieldSeparator().setValue("|");
        msh.getEncodingCharacters().setValue("^~\\&");
        msh.getSendingApplication().getNamespaceID().setValue(sendingApplication);
        msh.getSendingFacility().getNamespaceID().setValue(sendingFacility);
        msh.getReceivingApplication().getNamespaceID().setValue(receivingApplication);
        msh.getReceivingFacility().getNamespaceID().setValue(receivingFacility);
        msh.getDateTimeOfMessage().getTime().setValue(HL7Time.of(at));
        msh.getMessageType().getMessageCode().setValue(type);
        msh.getMessageType().getTriggerEvent().setValue(event);
        msh.getMessageType().getMessageStructure().setValue(structure);
        msh.getMessageControlID().setValue(controlId);
        msh.getProcessingID().getProcessingID().setValue(processingId);
        msh.getVersionID().getVersionID().setValue("2.5.1");
        // original acknowledgement mode (MSH-15/16 empty): the receiver answers with one application ACK
        msh.getCharacterSet(0).setValue(CHARACTER_SET);
    }
}

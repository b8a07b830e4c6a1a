package io.clinscribe.delivery.hl7v2;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.protocol.ReceivingApplication;
import ca.uhn.hl7v2.util.Terser;

import java.io.IOException;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A receiving application as an interface engine runs one: it files each message once, keyed on MSH-10, and
 * answers a resent one as a duplicate (silently with AA, or with AE and ERR 205 when told to). Replies can be
 * scripted to play a receiver with an internal error or one that refuses the patient.
 */
final class RecordingReceiver implements ReceivingApplication<Message> {

    enum Reply { ACCEPT, INTERNAL_ERROR, UNKNOWN_PATIENT }

    final Map<String, String> stored = new ConcurrentHashMap<>();
    final AtomicInteger received = new AtomicInteger();
    final AtomicInteger duplicates = new AtomicInteger();
    final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    volatile boolean flagDuplicates;

    /** Forgets what was received, so one server can serve several tests. */
    void reset() {
        stored.clear();
        received.set(0);
        duplicates.set(0);
        script.clear();
        flagDuplicates = false;
    }

    @Override
    public Message processMessage(Message message, Map<String, Object> metadata) throws HL7Exception {
        received.incrementAndGet();
        try {
            Reply reply = script.poll();
            if (reply == Reply.INTERNAL_ERROR) {
                return message.generateACK(AcknowledgmentCode.AE,
                        new HL7Exception("database unavailable", ErrorCode.APPLICATION_INTERNAL_ERROR));
            }
            if (reply == Reply.UNKNOWN_PATIENT) {
                HL7Exception unknown = new HL7Exception("no such patient", ErrorCode.UNKNOWN_KEY_IDENTIFIER);
                unknown.setSegmentName("PID");
                unknown.setSegmentRepetition(1);
                unknown.setFieldPosition(3);
                return message.generateACK(AcknowledgmentCode.AR, unknown);
            }
            String controlId = new Terser(message).get("/MSH-10");
            if (stored.putIfAbsent(controlId, message.encode()) != null) {
                duplicates.incrementAndGet();
                if (flagDuplicates) {
                    return message.generateACK(AcknowledgmentCode.AE,
                            new HL7Exception("duplicate message", ErrorCode.DUPLICATE_KEY_IDENTIFIER));
                }
            }
            return message.generateACK();
        } catch (IOException e) {
            throw new HL7Exception(e);
        }
    }

    @Override
    public boolean canProcess(Message message) {
        return true;
    }
}

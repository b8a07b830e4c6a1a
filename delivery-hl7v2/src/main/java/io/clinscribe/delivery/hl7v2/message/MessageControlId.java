package io.clinscribe.delivery.hl7v2.message;

import java.util.Locale;

/**
 * MSH-10 for a document's message of one type, derived from the delivery id instead of drawn at random: a
 * resent document (retry, resumed outbox, second run) carries the same control id, and a v2 receiver with
 * duplicate detection (the usual interface-engine setting, keyed on MSH-10 and often MSH-3/4) drops it. In v2
 * it is the receiver that dedupes; MLLP itself has no idempotency.
 *
 * <p>Twenty characters, the v2.5.1 maximum of MSH-10 that many engines still enforce: sixteen hex digits of the
 * delivery id (64 bits, so two documents colliding is out of reach) and the message type.
 */
public final class MessageControlId {

    private MessageControlId() {
    }

    public static String of(String deliveryId, String messageType) {
        if (!deliveryId.matches("[0-9a-fA-F]{16,}")) {
            throw new IllegalArgumentException("delivery id must be a hex digest");
        }
        if (!messageType.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("message type must be three capital letters: " + messageType);
        }
        return deliveryId.substring(0, 16).toUpperCase(Locale.ROOT) + "-" + messageType;
    }
}

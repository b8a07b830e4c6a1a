package io.clinscribe.delivery.hl7v2.message;

import ca.uhn.hl7v2.model.Message;

import java.util.Map;
import java.util.Objects;

/**
 * A message made from a document and which of the document's entries it carries.
 *
 * @param message    the HAPI message, ready to encode
 * @param controlId  its MSH-10
 * @param carried    document entry index -> where in the message it stands ({@code OBR[1]/OBX[2-3]})
 */
public record BuiltMessage(Message message, String controlId, Map<Integer, String> carried) {
    public BuiltMessage {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(controlId, "controlId");
        carried = Map.copyOf(carried);
    }
}

package io.clinscribe.delivery;

import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.Entry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One document to deliver for one patient. Its {@link #deliveryId()} and each entry's {@link #entryId(int)}
 * are derived from the content, not drawn at random, so the same document sent again (a retry, a resumed
 * outbox, a second run) carries the same identifiers and the EHR can recognise it.
 */
public record DeliveryRequest(String deliveryId, ClinicalDocument document, PatientContext context,
                              List<String> entryIds) {

    public DeliveryRequest {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(context, "context");
        entryIds = List.copyOf(entryIds);
        if (entryIds.size() != document.entries().size()) {
            throw new IllegalArgumentException("one id per entry is needed");
        }
    }

    /**
     * The request for a document and patient, with identifiers taken from a digest of the patient, the
     * encounter, the document's id and its source (the source file's hash, or else the text).
     */
    public static DeliveryRequest of(ClinicalDocument document, PatientContext context) {
        String origin = document.source().map(s -> "sha256:" + s.sha256()).orElse("text:" + document.text());
        String deliveryId = digest(String.join("\u0000", context.identifierSystem().orElse(""), context.patientId(),
                context.encounterId().orElse(""), document.id(), origin));
        List<String> ids = new ArrayList<>(document.entries().size());
        Map<String, Integer> seen = new HashMap<>();
        for (Entry e : document.entries()) {
            String key = e.kind().code() + ":" + e.span().begin() + "-" + e.span().end();
            int occurrence = seen.merge(key, 1, Integer::sum);
            ids.add(digest(deliveryId + "\u0000" + key + "\u0000" + occurrence).substring(0, 32));
        }
        return new DeliveryRequest(deliveryId, document, context, ids);
    }

    /** The stable identifier of the entry at {@code index} in the document's entries. */
    public String entryId(int index) {
        return entryIds.get(index);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}

package io.clinscribe.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an adapter reports after a delivery: for each entry, whether the EHR stored it; and the ids of what it
 * stored for the document as a whole (the DocumentReference of the source, an HL7 message control id).
 */
public record DeliveryReceipt(String deliveryId, String adapter, Instant completedAt, List<EntryOutcome> entries,
                              List<String> documentIds) {

    public DeliveryReceipt {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(completedAt, "completedAt");
        entries = List.copyOf(entries);
        documentIds = List.copyOf(documentIds);
    }

    public long count(EntryOutcome.Status status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }

    /** Whether every entry the target can carry is now stored there. */
    public boolean complete() {
        return entries.stream().noneMatch(e -> e.status() == EntryOutcome.Status.REJECTED);
    }
}

package io.clinscribe.delivery.outbox;

import io.clinscribe.delivery.PatientContext;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One document on its way to one target, as {@code clinscribe outbox} lists it: ids, status and counts,
 * never the document's text.
 *
 * @param id                the outbox's number for the item
 * @param deliveryId        the request's stable id ({@link io.clinscribe.delivery.DeliveryRequest#deliveryId()})
 * @param documentId        the document's id
 * @param patient           the patient and encounter the caller named (ids)
 * @param target            the adapter and its settings, without secrets
 * @param status            where the item is
 * @param attempts          how many times it was handed to the adapter since it was queued or last retried
 * @param nextAttemptAt     when a pending item is next due
 * @param lastError         the last failure: the adapter's message (ids and codes) or the outbox's own
 * @param entryCount        the document's entries
 * @param entriesDelivered  entries the EHR holds (created or already present) by the last receipt
 * @param entriesRejected   entries the EHR refused
 * @param entriesNotCarried entries the target's format has no place for
 * @param createdAt         when it was queued
 * @param updatedAt         when its status last changed
 * @param deliveredAt       when the receipt came
 */
public record OutboxItem(long id, String deliveryId, String documentId, PatientContext patient,
                         DeliveryTarget target, ItemStatus status, int attempts, Optional<Instant> nextAttemptAt,
                         Optional<String> lastError, int entryCount, int entriesDelivered, int entriesRejected,
                         int entriesNotCarried, Instant createdAt, Instant updatedAt,
                         Optional<Instant> deliveredAt) {

    public OutboxItem {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }
}

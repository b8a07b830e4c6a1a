package io.clinscribe.delivery.outbox;

/** Where an outbox item is on its way to the EHR. */
public enum ItemStatus {
    /** Waiting to be sent, now or at its next attempt time. */
    PENDING,
    /** Handed to the adapter; if the outbox finds an item so on opening, the process died mid-delivery. */
    IN_FLIGHT,
    /** The EHR holds every entry its format can carry; the receipt is kept. */
    DELIVERED,
    /** Delivered, but the EHR rejected some entries; the receipt says which and why. Not retried by itself. */
    PARTIAL,
    /** Refused by the EHR, or given up on after too many attempts; kept until retried or purged. */
    FAILED;

    /** Whether {@code clinscribe outbox retry} applies: the item ended without every entry in the EHR. */
    public boolean retryable() {
        return this == FAILED || this == PARTIAL;
    }
}

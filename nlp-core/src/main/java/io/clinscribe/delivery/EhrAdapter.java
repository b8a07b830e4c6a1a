package io.clinscribe.delivery;

/**
 * A connection to one EHR (or one export target), opened by its {@link EhrAdapterProvider}. Implementations
 * must be safe to call from one thread at a time; the caller closes the adapter when done.
 */
public interface EhrAdapter extends AutoCloseable {

    /**
     * Sends one document's entries and reports what the EHR accepted, entry by entry.
     * Must be idempotent: sending the same request again (after a timeout, a crash or a retry) must not
     * create a second copy of anything; use {@link DeliveryRequest#deliveryId()} and
     * {@link DeliveryRequest#entryId(int)} as the identifiers the EHR keys on.
     *
     * @throws DeliveryException when the document could not be delivered as a whole; its
     *         {@link DeliveryException#retryable()} tells whether trying again later can help
     */
    DeliveryReceipt deliver(DeliveryRequest request) throws DeliveryException;

    /** Releases connections; an adapter with none need not override it. */
    @Override
    default void close() {
    }
}

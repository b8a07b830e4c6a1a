package io.clinscribe.delivery;

/**
 * A document could not be delivered. {@link #retryable()} separates an EHR that is down, slow or busy
 * (try again later; the outbox will) from one that refuses the document (trying again will not help).
 * Messages name resources, ids and status codes, never patient text.
 */
public final class DeliveryException extends Exception {

    private final boolean retryable;

    private DeliveryException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** The EHR could not be reached, timed out, or answered that it is busy or failing for now. */
    public static DeliveryException temporary(String message, Throwable cause) {
        return new DeliveryException(message, true, cause);
    }

    /** The EHR refused the document, or the document cannot be put in the target's format. */
    public static DeliveryException permanent(String message, Throwable cause) {
        return new DeliveryException(message, false, cause);
    }

    public boolean retryable() {
        return retryable;
    }
}

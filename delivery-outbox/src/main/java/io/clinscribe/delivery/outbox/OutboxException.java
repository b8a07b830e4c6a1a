package io.clinscribe.delivery.outbox;

/** The outbox could not be opened, read or written; the message names the directory or the item, never patient text. */
public class OutboxException extends Exception {
    public OutboxException(String message) {
        super(message);
    }

    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }
}

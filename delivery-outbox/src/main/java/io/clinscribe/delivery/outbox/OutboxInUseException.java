package io.clinscribe.delivery.outbox;

import java.nio.file.Path;

/**
 * Another clinscribe process has the outbox open (a {@code deliver --loop} still running, say). Only one
 * process may hold it, so that no item is sent by two at once.
 */
public final class OutboxInUseException extends OutboxException {
    private final Path directory;

    public OutboxInUseException(Path directory, Throwable cause) {
        super("outbox in use by another clinscribe process: " + directory, cause);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}

package io.clinscribe.cli;

import io.clinscribe.delivery.outbox.OutboxItem;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One line per outbox item, for people: ids, statuses and counts, never the document's text. */
final class OutboxListing {

    private OutboxListing() {
    }

    static String line(OutboxItem i) {
        StringBuilder line = new StringBuilder();
        line.append(String.format("%5d  %-10s %-24s -> %-8s %s", i.id(), i.status(), i.documentId(),
                i.target().adapter(), i.patient().describe()));
        switch (i.status()) {
            case DELIVERED, PARTIAL -> {
                line.append(": ").append(i.entriesDelivered()).append(" of ").append(i.entryCount()).append(" entries in the EHR");
                if (i.entriesNotCarried() > 0) {
                    line.append(", ").append(i.entriesNotCarried()).append(" not carried by this format");
                }
                if (i.entriesRejected() > 0) {
                    line.append(", ").append(i.entriesRejected()).append(" rejected");
                }
            }
            case PENDING -> {
                line.append(": ").append(i.entryCount()).append(" entries");
                if (i.attempts() > 0) {
                    line.append(", ").append(i.attempts()).append(" attempts");
                }
                i.nextAttemptAt().ifPresent(t -> line.append(", next at ").append(minute(t)));
            }
            case IN_FLIGHT -> line.append(": being sent (attempt ").append(i.attempts()).append(")");
            case FAILED -> line.append(": after ").append(i.attempts()).append(" attempts");
        }
        i.lastError().filter(e -> i.status() != io.clinscribe.delivery.outbox.ItemStatus.DELIVERED)
                .ifPresent(e -> line.append(" (").append(e).append(")"));
        return line.toString();
    }

    private static String minute(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}

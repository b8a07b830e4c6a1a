package io.clinscribe.delivery.outbox;

import io.clinscribe.delivery.DeliveryReceipt;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EntryOutcome;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A slow ward that files each entry by appending its id to a ledger file, one line each, and ignores ids the
 * ledger already holds (an EHR keying on the entry id). Each line is one write, so a kill -9 never tears one.
 */
final class LedgerWard implements EhrAdapter {

    private final Path ledger;
    private final Duration perEntry;
    private final boolean idempotent;
    private final Set<String> filed;

    LedgerWard(Path ledger, Duration perEntry) {
        this(ledger, perEntry, true);
    }

    /** A ward that files whatever it is sent, when {@code idempotent} is false: an EHR that ignores the ids. */
    LedgerWard(Path ledger, Duration perEntry, boolean idempotent) {
        this.ledger = ledger;
        this.perEntry = perEntry;
        this.idempotent = idempotent;
        this.filed = new HashSet<>(lines(ledger));
    }

    static List<String> lines(Path ledger) {
        try {
            return Files.exists(ledger) ? Files.readAllLines(ledger, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public DeliveryReceipt deliver(DeliveryRequest request) {
        List<EntryOutcome> outcomes = new ArrayList<>();
        try (FileOutputStream out = new FileOutputStream(ledger.toFile(), true)) {
            for (int i = 0; i < request.entryIds().size(); i++) {
                String id = request.entryId(i);
                if (idempotent && filed.contains(id)) {
                    outcomes.add(EntryOutcome.alreadyPresent(i, id, id));
                    continue;
                }
                if (!perEntry.isZero()) {
                    Thread.sleep(perEntry.toMillis());
                }
                out.write((id + "\n").getBytes(StandardCharsets.US_ASCII));
                filed.add(id);
                outcomes.add(EntryOutcome.created(i, id, id));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return new DeliveryReceipt(request.deliveryId(), "ledger", Instant.now(), outcomes, List.of());
    }
}

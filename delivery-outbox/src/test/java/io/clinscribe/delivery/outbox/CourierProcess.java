package io.clinscribe.delivery.outbox;

import io.clinscribe.delivery.AdapterOption;
import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.DeliveryRequest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A clinscribe-like process the tests start in a child JVM and kill.
 * {@code deliver OUTBOX LEDGER COUNT MILLIS_PER_ENTRY [plain]}: queues COUNT ward notes and delivers them slowly
 * to a ledger ward (one that files duplicates when {@code plain}). {@code queue OUTBOX COUNT}: queues notes,
 * saying each. {@code hold OUTBOX}: opens the outbox and keeps it until its standard input closes.
 */
public final class CourierProcess {

    static final DeliveryTarget LEDGER = DeliveryTarget.withoutSecrets(
            AdapterSettings.of("ledger", Map.of("ward", "4B")), List.<AdapterOption>of());

    private CourierProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path outboxDir = Path.of(args[1]);
        switch (args[0]) {
            case "deliver" -> deliver(outboxDir, Path.of(args[2]), Integer.parseInt(args[3]),
                    Duration.ofMillis(Long.parseLong(args[4])), args.length < 6 || !args[5].equals("plain"));
            case "queue" -> queue(outboxDir, Integer.parseInt(args[2]));
            case "hold" -> hold(outboxDir);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void deliver(Path outboxDir, Path ledger, int count, Duration perEntry, boolean idempotent)
            throws Exception {
        try (Outbox outbox = Outbox.open(outboxDir)) {
            for (DeliveryRequest request : WardNotes.beds(count)) {
                outbox.enqueue(request, LEDGER);
            }
            System.out.println("QUEUED");
            System.out.flush();
            LedgerWard ward = new LedgerWard(ledger, perEntry, idempotent);
            new Courier(outbox, t -> ward, RetryPolicy.standard()).deliverAll(Duration.ofHours(1));
            System.out.println("DONE");
        }
    }

    /** Queues notes one by one, saying each one's delivery id once {@code enqueue} has returned. */
    private static void queue(Path outboxDir, int count) throws Exception {
        try (Outbox outbox = Outbox.open(outboxDir)) {
            for (int bed = 1; bed <= count; bed++) {
                System.out.println("QUEUED " + outbox.enqueue(WardNotes.forBed(bed), LEDGER).deliveryId());
                System.out.flush();
            }
        }
    }

    private static void hold(Path outboxDir) throws Exception {
        try (Outbox outbox = Outbox.open(outboxDir)) {
            System.out.println("OPEN " + outbox.items().size());
            System.out.flush();
            while (System.in.read() >= 0) {
                // holds the outbox until the test closes our standard input
            }
        } catch (IOException e) {
            System.out.println("FAILED " + e.getMessage());
        }
    }
}

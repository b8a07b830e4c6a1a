package io.clinscribe.delivery.outbox;

import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.json.EntriesJsonWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A clinscribe process killed with kill -9 in the middle of delivering, and the outbox taking over after it. */
class KilledCourierTest {

    private static final int NOTES = 20;
    private static final int ENTRIES = 20;

    @TempDir
    Path temp;

    private Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CourierProcess.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(temp.resolve("child-" + args[0] + ".log").toFile()).start();
    }

    @Test
    void aKillMidDeliveryLosesNothingAndDuplicatesNothing() throws Exception {
        Path outboxDir = temp.resolve("outbox");
        Path ledger = temp.resolve("ledger.txt");
        Process child = start("deliver", outboxDir.toString(), ledger.toString(), String.valueOf(NOTES), "25");
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("QUEUED", out.readLine());

        // kill it when it is part-way through a note, after a few whole notes
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int seen = 0;
        while (System.nanoTime() < deadline) {
            seen = LedgerWard.lines(ledger).size();
            if (seen >= 3 * ENTRIES && seen % ENTRIES >= 3 && seen % ENTRIES <= ENTRIES - 3) {
                break;
            }
            Thread.sleep(5);
        }
        child.destroyForcibly();
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        assertTrue(child.exitValue() != 0, "killed, not finished");
        int atKill = LedgerWard.lines(ledger).size();
        assertTrue(atKill < NOTES * ENTRIES, "killed before the end: " + atKill);
        assertTrue(atKill % ENTRIES != 0, "killed mid-note: " + atKill);

        List<DeliveryRequest> notes = WardNotes.beds(NOTES);
        try (Outbox outbox = Outbox.open(outboxDir)) {
            // the note being filed when the process died is found IN_FLIGHT and sent again
            assertEquals(1, outbox.resumedOnOpen().size(), outbox.items().toString());
            assertEquals(atKill / ENTRIES, outbox.counts().get(ItemStatus.DELIVERED));
            assertEquals(NOTES - atKill / ENTRIES, outbox.counts().get(ItemStatus.PENDING));

            LedgerWard ward = new LedgerWard(ledger, Duration.ZERO);
            DeliveryRound round = new Courier(outbox, t -> ward, RetryPolicy.standard()).deliverAll(Duration.ofMinutes(1));
            assertTrue(round.allDelivered());
            assertEquals(NOTES, outbox.counts().get(ItemStatus.DELIVERED));

            // the H2 file is whole: every stored document reads back as it was queued
            EntriesJsonWriter json = EntriesJsonWriter.jsonLines();
            for (OutboxItem item : outbox.items()) {
                DeliveryRequest stored = outbox.request(item.id()).orElseThrow();
                DeliveryRequest original = notes.stream()
                        .filter(n -> n.deliveryId().equals(item.deliveryId())).findFirst().orElseThrow();
                assertEquals(json.toJson(original.document()), json.toJson(stored.document()));
                assertEquals(original.entryIds(), stored.entryIds());
            }
        }

        List<String> filed = LedgerWard.lines(ledger);
        Set<String> expected = new HashSet<>();
        notes.forEach(n -> expected.addAll(n.entryIds()));
        assertEquals(NOTES * ENTRIES, expected.size());
        assertEquals(expected, new HashSet<>(filed), "every entry of every note is in the ward's record");
        assertEquals(expected.size(), filed.size(), "and none twice");
    }

    @Test
    void aSecondProcessIsToldTheOutboxIsInUse() throws Exception {
        Path outboxDir = temp.resolve("outbox");
        Process holder = start("hold", outboxDir.toString());
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("OPEN 0", out.readLine());
        try {
            OutboxInUseException inUse = org.junit.jupiter.api.Assertions.assertThrows(OutboxInUseException.class,
                    () -> Outbox.open(outboxDir));
            assertEquals("outbox in use by another clinscribe process: " + outboxDir.toAbsolutePath(),
                    inUse.getMessage());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(10, TimeUnit.SECONDS));
        }
        assertEquals(0, holder.exitValue());
        try (Outbox outbox = Outbox.open(outboxDir)) {
            assertFalse(outbox.directory().toString().isEmpty());
        }
    }
}

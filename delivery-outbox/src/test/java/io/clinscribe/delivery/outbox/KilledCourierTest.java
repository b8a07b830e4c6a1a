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

    /** Starts a child delivering slowly to the ledger and kills it part-way through a note; the ledger's size then. */
    private int killMidNote(Path outboxDir, Path ledger, String ward) throws Exception {
        Process child = start("deliver", outboxDir.toString(), ledger.toString(), String.valueOf(NOTES), "25", ward);
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
        return atKill;
    }

    @Test
    void aKillMidDeliveryLosesNothingAndDuplicatesNothing() throws Exception {
        Path outboxDir = temp.resolve("outbox");
        Path ledger = temp.resolve("ledger.txt");
        int atKill = killMidNote(outboxDir, ledger, "idempotent");

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
    void withAnEhrThatIgnoresTheIdsOnlyTheInterruptedNoteIsFiledTwice() throws Exception {
        // what the outbox alone guarantees: at least once; the ids are what make it exactly once
        Path outboxDir = temp.resolve("outbox");
        Path ledger = temp.resolve("ledger.txt");
        int atKill = killMidNote(outboxDir, ledger, "plain");
        List<String> before = LedgerWard.lines(ledger);
        try (Outbox outbox = Outbox.open(outboxDir)) {
            LedgerWard plain = new LedgerWard(ledger, Duration.ZERO, false);
            assertTrue(new Courier(outbox, t -> plain, RetryPolicy.standard()).deliverAll(Duration.ofMinutes(1))
                    .allDelivered());
        }
        List<String> filed = LedgerWard.lines(ledger);
        List<String> interrupted = WardNotes.beds(NOTES).get(atKill / ENTRIES).entryIds();
        Set<String> all = new HashSet<>();
        WardNotes.beds(NOTES).forEach(n -> all.addAll(n.entryIds()));
        assertEquals(all, new HashSet<>(filed));
        List<String> twice = new ArrayList<>(filed);
        all.forEach(twice::remove);
        assertEquals(interrupted.subList(0, atKill % ENTRIES), twice.stream().sorted(
                java.util.Comparator.comparingInt(interrupted::indexOf)).toList());
        assertEquals(before, filed.subList(0, before.size()));
    }

    @Test
    void everyQueuedNoteThatWasAcknowledgedSurvivesAKill() throws Exception {
        Path outboxDir = temp.resolve("outbox");
        Path said = temp.resolve("queued.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CourierProcess.class.getName(), "queue",
                outboxDir.toString(), "400")
                .redirectOutput(said.toFile()).redirectError(temp.resolve("child-queue.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (acknowledged(said).size() < 40 && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        child.destroyForcibly();
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        List<String> acknowledged = acknowledged(said);
        assertTrue(acknowledged.size() >= 40, "queued some before the kill: " + acknowledged.size());
        assertTrue(acknowledged.size() < 400, "killed before the end");
        try (Outbox outbox = Outbox.open(outboxDir)) {
            List<OutboxItem> items = outbox.items();
            Set<String> stored = new HashSet<>();
            for (OutboxItem item : items) {
                stored.add(item.deliveryId());
                assertEquals(ENTRIES, outbox.request(item.id()).orElseThrow().document().entries().size());
            }
            assertTrue(stored.containsAll(acknowledged), "every acknowledged note is in the outbox");
            assertTrue(items.size() <= acknowledged.size() + 1, "at most the one being queued beyond them");
        }
    }

    /** The delivery ids the child said it queued: whole lines only. */
    private static List<String> acknowledged(Path said) throws java.io.IOException {
        if (!java.nio.file.Files.exists(said)) {
            return List.of();
        }
        String text = java.nio.file.Files.readString(said, StandardCharsets.UTF_8);
        String whole = text.substring(0, text.lastIndexOf('\n') + 1);
        return whole.lines().map(l -> l.substring("QUEUED ".length())).toList();
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

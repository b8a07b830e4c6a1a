package io.clinscribe.delivery.outbox;

import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.DeliveryReceipt;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.EhrAdapters;
import io.clinscribe.delivery.EntryOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourierTest {

    @TempDir
    Path temp;

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final List<Duration> slept = new ArrayList<>();

    private final Courier.Sleeper sleeper = time -> {
        slept.add(time);
        clock.advance(time);
    };

    private WardRecord ward;
    private DeliveryTarget target;

    private Outbox open() throws Exception {
        ward = new WardRecord(Files.createDirectories(temp.resolve("ward-4b")));
        target = DeliveryTarget.of(new EhrAdapters(List.of(ward)),
                AdapterSettings.of("ward", Map.of("ward", "4B", "token", WardRecord.TOKEN)));
        return Outbox.open(temp.resolve("outbox"), clock);
    }

    private Courier courier(Outbox outbox, RetryPolicy policy) {
        return new Courier(outbox, t -> ward, policy.withRandom(new SplittableRandom(5)), sleeper);
    }

    @Test
    void anEhrDownForAWhileIsRetriedWithGrowingPausesAndGetsTheDocumentOnce() throws Exception {
        try (Outbox outbox = open()) {
            DeliveryRequest request = WardNotes.forBed(3);
            long id = outbox.enqueue(request, target).id();
            ward.downForNextCalls(5);
            DeliveryRound round = courier(outbox, RetryPolicy.of(Duration.ofSeconds(1), Duration.ofMinutes(5), 20))
                    .deliverAll(Duration.ofHours(1));

            assertEquals(List.of(id), round.delivered());
            assertEquals(5, round.rescheduled());
            assertTrue(round.allDelivered());
            // exponential with equal jitter: each pause between half and all of 1, 2, 4, 8, 16 s
            assertEquals(5, slept.size(), slept.toString());
            for (int i = 0; i < 5; i++) {
                long full = 1000L << i;
                long ms = slept.get(i).toMillis();
                assertTrue(ms >= full / 2 && ms <= full, "pause " + i + ": " + ms + " ms");
            }
            assertEquals(6, ward.calls());
            OutboxItem item = outbox.item(id).orElseThrow();
            assertEquals(ItemStatus.DELIVERED, item.status());
            assertEquals(6, item.attempts());
            DeliveryReceipt receipt = outbox.receipt(id).orElseThrow();
            assertEquals(20, receipt.count(EntryOutcome.Status.CREATED));
            assertEquals(request.entryIds().stream().sorted().toList(), ward.filed());
        }
    }

    @Test
    void severalDocumentsWaitOutAnOutageAndEachEntryArrivesExactlyOnce() throws Exception {
        try (Outbox outbox = open()) {
            List<DeliveryRequest> notes = WardNotes.beds(6);
            for (DeliveryRequest r : notes) {
                outbox.enqueue(r, target);
            }
            ward.downForNextCalls(14);
            DeliveryRound round = courier(outbox, RetryPolicy.of(Duration.ofSeconds(1), Duration.ofSeconds(30), 50))
                    .deliverAll(Duration.ofHours(1));
            assertEquals(6, round.delivered().size());
            assertEquals(14, round.rescheduled());
            assertEquals(6 + 14, ward.calls());
            assertEquals(notes.stream().flatMap(r -> r.entryIds().stream()).sorted().toList(), ward.filed());
            for (OutboxItem item : outbox.items()) {
                assertEquals(20, outbox.receipt(item.id()).orElseThrow().count(EntryOutcome.Status.CREATED));
            }
            assertTrue(slept.stream().allMatch(d -> d.compareTo(Duration.ofSeconds(30)) <= 0), slept.toString());
        }
    }

    @Test
    void afterTheGiveUpLimitTheItemIsFailedButKeptAndARetryDeliversIt() throws Exception {
        try (Outbox outbox = open()) {
            long id = outbox.enqueue(WardNotes.forBed(1), target).id();
            ward.downForNextCalls(1000);
            Courier courier = courier(outbox, RetryPolicy.of(Duration.ofSeconds(1), Duration.ofMinutes(5), 4));
            DeliveryRound round = courier.deliverAll(Duration.ofDays(1));
            assertEquals(List.of(id), round.failed());
            assertTrue(round.finished());
            OutboxItem failed = outbox.item(id).orElseThrow();
            assertEquals(ItemStatus.FAILED, failed.status());
            assertEquals(4, failed.attempts());
            assertEquals("gave up after 4 attempts; last: ward unavailable: ward record unreachable (connection refused)",
                    failed.lastError().orElseThrow());
            assertEquals(4, ward.calls());

            ward.downForNextCalls(0);
            assertEquals(1, outbox.retry(List.of(id)));
            assertEquals(List.of(id), courier.deliverAll(Duration.ofMinutes(1)).delivered());
            assertEquals(20, ward.filed().size());
        }
    }

    @Test
    void aRefusedDocumentFailsAtOnceWithTheReasonAndIsDeliveredWhenRetriedAfterTheFix() throws Exception {
        try (Outbox outbox = open()) {
            DeliveryRequest request = WardNotes.forBed(8);
            long id = outbox.enqueue(request, target).id();
            ward.refuse(true);
            Courier courier = courier(outbox, RetryPolicy.standard());
            DeliveryRound round = courier.deliverAll(Duration.ofHours(1));
            assertEquals(List.of(id), round.failed());
            assertEquals(List.of(), slept, "a refusal is not waited on");
            OutboxItem failed = outbox.item(id).orElseThrow();
            assertEquals(ItemStatus.FAILED, failed.status());
            assertEquals(1, failed.attempts());
            String reason = failed.lastError().orElseThrow();
            assertTrue(reason.startsWith("refused by ward: ward record refused delivery " + request.deliveryId()), reason);
            assertFalse(reason.contains("cough"), reason);

            ward.refuse(false);
            assertEquals(1, outbox.retryFailed());
            assertEquals(List.of(id), courier.deliverAll(Duration.ofHours(1)).delivered());
            assertEquals(ItemStatus.DELIVERED, outbox.item(id).orElseThrow().status());
        }
    }

    @Test
    void rejectedEntriesLeaveTheItemPartialWithItsReceiptAndARetryCompletesIt() throws Exception {
        try (Outbox outbox = open()) {
            long id = outbox.enqueue(WardNotes.forBed(2), target).id();
            ward.reject(Set.of("medication"));
            Courier courier = courier(outbox, RetryPolicy.standard());
            assertEquals(List.of(id), courier.deliverDue().partial());
            OutboxItem partial = outbox.item(id).orElseThrow();
            assertEquals(ItemStatus.PARTIAL, partial.status());
            assertEquals(18, partial.entriesDelivered());
            assertEquals(2, partial.entriesRejected());
            assertTrue(partial.lastError().orElseThrow().startsWith("2 entries rejected: "), partial.lastError().get());
            assertEquals(2, outbox.receipt(id).orElseThrow().count(EntryOutcome.Status.REJECTED));
            assertTrue(courier.deliverDue().delivered().isEmpty(), "a partial item waits for a retry");

            ward.reject(Set.of());
            assertEquals(1, outbox.retry(List.of(id)));
            assertEquals(List.of(id), courier.deliverDue().delivered());
            DeliveryReceipt receipt = outbox.receipt(id).orElseThrow();
            assertEquals(18, receipt.count(EntryOutcome.Status.ALREADY_PRESENT));
            assertEquals(2, receipt.count(EntryOutcome.Status.CREATED));
            assertEquals(20, ward.filed().size());
        }
    }

    @Test
    void secretsAreGivenAgainWhenTheAdapterIsOpenedAndTheirAbsenceKeepsItemsWaiting() throws Exception {
        try (Outbox outbox = open()) {
            long id = outbox.enqueue(WardNotes.forBed(4), target).id();
            EhrAdapters adapters = new EhrAdapters(List.of(ward));

            DeliveryRound without = new Courier(outbox, AdapterOpener.of(adapters), RetryPolicy.standard(), sleeper)
                    .deliverAll(Duration.ofHours(1));
            assertEquals(List.of("adapter ward: setting 'token' is required"), without.targetProblems());
            assertEquals(1, without.stillPending());
            assertFalse(without.finished());
            assertEquals(List.of(), slept, "a target that cannot be opened is not waited for");
            OutboxItem waiting = outbox.item(id).orElseThrow();
            assertEquals(ItemStatus.PENDING, waiting.status());
            assertEquals(0, waiting.attempts());
            assertEquals("adapter ward: setting 'token' is required", waiting.lastError().orElseThrow());

            AdapterOpener withToken = AdapterOpener.of(adapters, t -> Map.of("token", WardRecord.TOKEN));
            DeliveryRound with = new Courier(outbox, withToken, RetryPolicy.standard(), sleeper)
                    .deliverAll(Duration.ofHours(1));
            assertEquals(List.of(id), with.delivered());
            assertEquals(WardRecord.TOKEN, ward.tokenSeen());
        }
    }

    @Test
    void aRunDeliversWhatItQueuedWithTheSettingsItWasGiven() throws Exception {
        // clinscribe deliver --to ward --ward 4B --token ...: this run's notes, not another ward's older ones
        try (Outbox outbox = open()) {
            EhrAdapters adapters = new EhrAdapters(List.of(ward));
            OutboxItem older = outbox.enqueue(WardNotes.forBed(1), DeliveryTarget.of(adapters,
                    AdapterSettings.of("ward", Map.of("ward", "5C", "token", "another"))));
            AdapterSettings given = AdapterSettings.of("ward", Map.of("ward", "4B", "token", WardRecord.TOKEN));
            DeliveryTarget thisRun = DeliveryTarget.of(adapters, given);
            Set<Long> queued = Set.of(outbox.enqueue(WardNotes.forBed(2), thisRun).id(),
                    outbox.enqueue(WardNotes.forBed(3), thisRun).id());

            Courier courier = new Courier(outbox, AdapterOpener.preferring(adapters, List.of(given)),
                    RetryPolicy.standard(), sleeper);
            DeliveryRound round = courier.deliverAll(Duration.ofMinutes(1), item -> queued.contains(item.id()));
            assertEquals(queued, Set.copyOf(round.delivered()));
            assertTrue(round.allDelivered(), round.toString());
            assertEquals(ItemStatus.PENDING, outbox.item(older.id()).orElseThrow().status());
            assertEquals(0, outbox.item(older.id()).orElseThrow().attempts());

            // everything: the other ward's token was not given, so its note waits and the round says why
            DeliveryRound all = courier.deliverAll(Duration.ofMinutes(1));
            assertEquals(List.of("adapter ward: setting 'token' is required"), all.targetProblems());
            assertEquals(1, all.stillPending());
        }
    }

    @Test
    void deliverAllReturnsWhenTheNextAttemptWouldPassTheDeadline() throws Exception {
        try (Outbox outbox = open()) {
            outbox.enqueue(WardNotes.forBed(5), target);
            ward.downForNextCalls(1000);
            Instant start = clock.instant();
            DeliveryRound round = courier(outbox, RetryPolicy.of(Duration.ofSeconds(10), Duration.ofMinutes(5), 100))
                    .deliverAll(Duration.ofSeconds(60));
            assertEquals(1, round.stillPending());
            assertTrue(round.nextAttemptAt().orElseThrow().isAfter(start.plusSeconds(60)));
            assertTrue(!clock.instant().isAfter(start.plusSeconds(60)), "never slept past the deadline");
            assertTrue(ward.calls() >= 3 && ward.calls() <= 4, "attempts at 0, ~10, ~30 s: " + ward.calls());
        }
    }

    @Test
    void anItemLeftInFlightByAProcessThatDiedIsSentAgainOnOpening() throws Exception {
        long id;
        DeliveryRequest request = WardNotes.forBed(9);
        try (Outbox outbox = open()) {
            id = outbox.enqueue(request, target).id();
            // the courier's first step, then the process "dies" before the adapter answers
            assertTrue(outbox.claim(id).isPresent());
            assertEquals(ItemStatus.IN_FLIGHT, outbox.item(id).orElseThrow().status());
        }
        try (Outbox reopened = Outbox.open(temp.resolve("outbox"), clock)) {
            assertEquals(List.of(id), reopened.resumedOnOpen());
            OutboxItem resumed = reopened.item(id).orElseThrow();
            assertEquals(ItemStatus.PENDING, resumed.status());
            assertEquals(1, resumed.attempts());
            assertTrue(resumed.lastError().orElseThrow().startsWith("interrupted mid-delivery"));
            assertEquals(List.of(id), courier(reopened, RetryPolicy.standard()).deliverDue().delivered());
            assertEquals(2, reopened.item(id).orElseThrow().attempts());
        }
    }

    @Test
    void theLoopDeliversWhatIsQueuedWhileItRunsUntilStopped() throws Exception {
        ward = new WardRecord(Files.createDirectories(temp.resolve("ward-4b")));
        target = DeliveryTarget.of(new EhrAdapters(List.of(ward)),
                AdapterSettings.of("ward", Map.of("ward", "4B")));
        try (Outbox outbox = Outbox.open(temp.resolve("outbox"), Clock.systemUTC())) {
            ward.downForNextCalls(3);
            Courier courier = new Courier(outbox, t -> ward,
                    RetryPolicy.of(Duration.ofMillis(20), Duration.ofMillis(100), 50));
            StopSignal stop = new StopSignal();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread loop = new Thread(() -> {
                try {
                    courier.run(stop, Duration.ofMillis(50));
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, "courier");
            loop.start();
            List<DeliveryRequest> notes = WardNotes.beds(5);
            for (DeliveryRequest r : notes) {
                outbox.enqueue(r, target);
                Thread.sleep(30);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (outbox.counts().get(ItemStatus.DELIVERED) < 5 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            stop.stop();
            loop.join(5000);
            assertFalse(loop.isAlive());
            assertEquals(null, failure.get());
            assertEquals(5, outbox.counts().get(ItemStatus.DELIVERED));
            assertEquals(100, ward.filed().size());
        }
    }
}

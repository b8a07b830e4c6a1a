package io.clinscribe.delivery.fhir.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.CacheControlDirective;
import ca.uhn.fhir.rest.api.SearchTotalModeEnum;
import ca.uhn.fhir.rest.client.apache.ApacheRestfulClientFactory;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.gclient.ICriterion;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.DeliveryException;
import io.clinscribe.delivery.DeliveryReceipt;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EhrAdapters;
import io.clinscribe.delivery.EntryOutcome.Status;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Provenance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end against HAPI FHIR's JPA server on H2: what the adapter delivers is stored and found by the
 * searches an EHR user would run, sending again duplicates nothing, and a transaction that fails halfway
 * leaves nothing behind so that the retry stores everything exactly once. Also measures throughput.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FhirJpaDeliveryTest {

    private static final String TOKEN = "jpa-ehr-token-7c1e";
    private static final String LOINC_HEART_RATE = "8867-4";

    private static JpaFhirServer server;
    private static IGenericClient ehr;
    private static EhrAdapter adapter;
    private static long startMillis;
    private static long startCpuMillis;

    @BeforeAll
    static void startEhr() throws Exception {
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        server = new JpaFhirServer(TOKEN::equals).start();
        startMillis = (System.nanoTime() - t0) / 1_000_000;
        startCpuMillis = (processCpuNanos() - cpu0) / 1_000_000;
        ApacheRestfulClientFactory clients = new ApacheRestfulClientFactory(FhirContext.forR4Cached());
        clients.setServerValidationMode(ServerValidationModeEnum.NEVER);
        clients.setSocketTimeout(120_000);
        ehr = clients.newGenericClient(server.baseUrl());
        ehr.registerInterceptor(new BearerTokenAuthInterceptor(TOKEN));
        ehr.update().resource(new Patient().setActive(true).setId(ClinicNotes.PATIENT)).execute();
        adapter = new EhrAdapters(List.of(new FhirServerAdapterProvider(new StandInMapping(), Clock.systemUTC())))
                .open(AdapterSettings.of("fhir", Map.of("url", server.baseUrl(), "token", TOKEN,
                        "timeout", "120s")));
    }

    @AfterAll
    static void stopEhr() throws Exception {
        if (adapter != null) {
            adapter.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void deliveredEntriesAreSearchableAndNotDuplicatedBySendingAgain() throws Exception {
        DeliveryReceipt first = adapter.deliver(ClinicNotes.followUp());
        assertEquals(3, first.count(Status.CREATED), first.toString());
        assertEquals(1, first.count(Status.NOT_CARRIED));
        String heartRate = first.entries().get(1).remoteId().orElseThrow();
        String deniedChestPain = first.entries().get(2).remoteId().orElseThrow();

        Bundle heartRates = ehr.search().forResource(Observation.class)
                .where(Observation.CODE.exactly().systemAndCode("http://loinc.org", LOINC_HEART_RATE))
                .and(Observation.RES_ID.exactly().code(heartRate))
                .cacheControl(new CacheControlDirective().setNoCache(true))
                .returnBundle(Bundle.class).execute();
        assertEquals(1, heartRates.getEntry().size(), "the heart rate is found by its LOINC code");
        List<String> refuted = ids(Condition.class, Condition.VERIFICATION_STATUS.exactly().code("refuted"));
        assertEquals(List.of(deniedChestPain), refuted);
        assertEquals(1, ids(Provenance.class, Provenance.TARGET.hasId(deniedChestPain)).size());
        Map<String, Integer> before = counts();

        DeliveryReceipt again = adapter.deliver(ClinicNotes.followUp());
        assertEquals(3, again.count(Status.ALREADY_PRESENT), again.toString());
        assertEquals(first.documentIds(), again.documentIds());
        for (int i = 0; i < 3; i++) {
            assertEquals(first.entries().get(i).remoteId(), again.entries().get(i).remoteId());
        }
        assertEquals(before, counts());
        assertEquals(List.of(deniedChestPain),
                ids(Condition.class, Condition.VERIFICATION_STATUS.exactly().code("refuted")));
    }

    @Test
    @Order(2)
    void aTransactionThatFailsHalfwayLeavesNothingAndIsDeliveredOnceAfterwards() throws Exception {
        FailOnNthCreate failure = new FailOnNthCreate(5);
        server.interceptors().registerInterceptor(failure);
        try {
            Map<String, Integer> before = counts();
            DeliveryRequest visit = ClinicNotes.visit(9001);

            failure.arm(() -> new InternalErrorException("storage failed"));
            DeliveryException crashed = assertThrows(DeliveryException.class, () -> adapter.deliver(visit));
            assertTrue(crashed.retryable(), crashed.getMessage());
            assertTrue(crashed.getMessage().contains("HTTP 500"), crashed.getMessage());
            assertEquals(before, counts(), "a failed transaction must be rolled back");

            failure.arm(() -> new UnprocessableEntityException("rule violated"));
            DeliveryException refused = assertThrows(DeliveryException.class, () -> adapter.deliver(visit));
            assertFalse(refused.retryable(), refused.getMessage());
            assertTrue(refused.getMessage().contains("HTTP 422"), refused.getMessage());
            assertFalse(refused.getMessage().contains("rule violated"), "diagnostics are not quoted");
            assertEquals(before, counts());

            failure.disarm();
            DeliveryReceipt delivered = adapter.deliver(visit);
            assertEquals(10, delivered.count(Status.CREATED));
            DeliveryReceipt resent = adapter.deliver(visit);
            assertEquals(10, resent.count(Status.ALREADY_PRESENT));
            Map<String, Integer> after = counts();
            assertEquals(before.get("DocumentReference") + 1, after.get("DocumentReference"));
            assertEquals(before.get("Condition") + 5, after.get("Condition"));
            assertEquals(before.get("Observation") + 5, after.get("Observation"));
            assertEquals(before.get("Provenance") + 10, after.get("Provenance"));
        } finally {
            server.interceptors().unregisterInterceptor(failure);
        }
    }

    /**
     * Documents of 21 resources per second, one thread, after warm-up; printed for the report. A longer run:
     * {@code -Dclinscribe.bench.documents=40 -Dclinscribe.bench.warmup=10}.
     */
    @Test
    @Order(3)
    void throughput() throws Exception {
        int warmUp = Integer.getInteger("clinscribe.bench.warmup", 3);
        int measured = Integer.getInteger("clinscribe.bench.documents", 10);
        for (int i = 0; i < warmUp; i++) {
            adapter.deliver(ClinicNotes.visit(100 + i));
        }
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        for (int i = 0; i < measured; i++) {
            assertEquals(10, adapter.deliver(ClinicNotes.visit(1000 + i)).count(Status.CREATED));
        }
        double created = measured / ((System.nanoTime() - t0) / 1e9);
        double createdCpu = (processCpuNanos() - cpu0) / 1e6 / measured;
        t0 = System.nanoTime();
        cpu0 = processCpuNanos();
        for (int i = 0; i < measured; i++) {
            assertEquals(10, adapter.deliver(ClinicNotes.visit(1000 + i)).count(Status.ALREADY_PRESENT));
        }
        double resent = measured / ((System.nanoTime() - t0) / 1e9);
        double resentCpu = (processCpuNanos() - cpu0) / 1e6 / measured;
        // CPU time (client and server share this JVM) says more than wall time on a shared machine.
        System.out.printf("JPA server start: %d ms wall, %d ms CPU, %d processors, load average %.1f%n",
                startMillis, startCpuMillis, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("%d documents of 21 resources, one thread: created %.1f documents/s (%.0f ms CPU each), "
                + "resent %.1f documents/s (%.0f ms CPU each, all already present)%n",
                measured, created, createdCpu, resent, resentCpu);

        // the same through the outbox: stored first, then carried by the courier
        java.nio.file.Path box = java.nio.file.Files.createTempDirectory("clinscribe-outbox-bench");
        try (io.clinscribe.delivery.outbox.Outbox outbox = io.clinscribe.delivery.outbox.Outbox.open(box)) {
            FhirServerAdapterProvider provider = new FhirServerAdapterProvider(new StandInMapping(), Clock.systemUTC());
            AdapterSettings settings = AdapterSettings.of("fhir",
                    Map.of("url", server.baseUrl(), "token", TOKEN, "timeout", "120s"));
            io.clinscribe.delivery.outbox.DeliveryTarget target =
                    io.clinscribe.delivery.outbox.DeliveryTarget.of(provider, settings);
            t0 = System.nanoTime();
            for (int i = 0; i < measured; i++) {
                outbox.enqueue(ClinicNotes.visit(3000 + i), target);
            }
            io.clinscribe.delivery.outbox.DeliveryRound round = new io.clinscribe.delivery.outbox.Courier(outbox,
                    t -> provider.open(settings), io.clinscribe.delivery.outbox.RetryPolicy.standard()).deliverDue();
            double throughOutbox = measured / ((System.nanoTime() - t0) / 1e9);
            assertEquals(measured, round.delivered().size());
            System.out.printf("through the outbox: %.1f documents/s (directly %.1f)%n", throughOutbox, created);
        } finally {
            try (var files = java.nio.file.Files.walk(box)) {
                for (java.nio.file.Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.deleteIfExists(f);
                }
            }
        }
    }

    /** The adapter as `--to fhir` gets it: found by ServiceLoader, with the real mapper and offline validation. */
    @Test
    @Order(4)
    void aProcessedNoteIsDeliveredWholeByTheStandardAdapter() throws Exception {
        io.clinscribe.record.ClinicalDocument note;
        try (var in = getClass().getResourceAsStream("/mapping/followup-note.json")) {
            note = new io.clinscribe.json.EntriesJsonReader().read(new String(in.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        io.clinscribe.delivery.DeliveryRequest request = io.clinscribe.delivery.DeliveryRequest.of(note,
                io.clinscribe.delivery.PatientContext.parse(ClinicNotes.PATIENT, java.util.Optional.empty())
                        .on(java.time.LocalDate.of(2026, 11, 24)));
        try (EhrAdapter standard = EhrAdapters.discover().open(AdapterSettings.of("fhir",
                Map.of("url", server.baseUrl(), "token", TOKEN, "timeout", "120s")))) {
            DeliveryReceipt first = standard.deliver(request);
            assertEquals(0, first.count(Status.REJECTED), first.toString());
            long created = first.count(Status.CREATED);
            assertEquals(note.entries().size(), created + first.count(Status.NOT_CARRIED), first.toString());
            assertTrue(created >= note.entries().size() - 3, "all but hypothetical entries are carried: " + created);
            Map<String, Integer> before = counts();
            assertEquals(1, ids(Observation.class, Observation.CODE.exactly()
                    .systemAndCode("http://loinc.org", "85354-9")).size(), "one blood pressure panel");

            DeliveryReceipt again = standard.deliver(request);
            assertEquals(created, again.count(Status.ALREADY_PRESENT), again.toString());
            assertEquals(before, counts(), "nothing was stored twice");
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static List<String> ids(Class<? extends IBaseResource> type, ICriterion<?> criterion) {
        Bundle found = ehr.search().forResource(type).where(criterion).count(100)
                .cacheControl(new CacheControlDirective().setNoCache(true))
                .returnBundle(Bundle.class).execute();
        return found.getEntry().stream()
                .map(e -> e.getResource().getIdElement().toUnqualifiedVersionless().getValue()).toList();
    }

    private static Map<String, Integer> counts() {
        return Map.of("DocumentReference", count("DocumentReference"), "Condition", count("Condition"),
                "Observation", count("Observation"), "Provenance", count("Provenance"));
    }

    private static int count(String type) {
        Bundle found = ehr.search().forResource(type).summaryMode(ca.uhn.fhir.rest.api.SummaryEnum.COUNT)
                .totalMode(SearchTotalModeEnum.ACCURATE)
                .cacheControl(new CacheControlDirective().setNoCache(true))
                .returnBundle(Bundle.class).execute();
        return found.getTotal();
    }

    /** A storage failure on the Nth resource a transaction creates, after the first N-1 were written. */
    @Interceptor
    static final class FailOnNthCreate {
        private final int nth;
        private final AtomicInteger created = new AtomicInteger();
        private volatile Supplier<BaseServerResponseException> failure;

        FailOnNthCreate(int nth) {
            this.nth = nth;
        }

        void arm(Supplier<BaseServerResponseException> failure) {
            created.set(0);
            this.failure = failure;
        }

        void disarm() {
            failure = null;
        }

        @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
        public void created(IBaseResource resource) {
            Supplier<BaseServerResponseException> f = failure;
            if (f != null && created.incrementAndGet() == nth) {
                throw f.get();
            }
        }
    }
}

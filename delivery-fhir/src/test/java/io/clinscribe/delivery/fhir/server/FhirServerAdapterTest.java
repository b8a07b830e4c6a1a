package io.clinscribe.delivery.fhir.server;

import io.clinscribe.delivery.AdapterConfigurationException;
import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.DeliveryException;
import io.clinscribe.delivery.DeliveryReceipt;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EhrAdapters;
import io.clinscribe.delivery.EntryOutcome;
import io.clinscribe.delivery.EntryOutcome.Status;
import io.clinscribe.delivery.fhir.FhirTransaction;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fhir adapter against HAPI's plain RestfulServer on loopback: created, resent, refused, down, busy, slow. */
class FhirServerAdapterTest {

    private static final String TOKEN = "d2f1c0a7-ward-4b";

    private PlainFhirServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new PlainFhirServer(TOKEN::equals).start();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    private EhrAdapter open(Map<String, String> more) throws AdapterConfigurationException {
        Map<String, String> values = new HashMap<>(Map.of("url", server.baseUrl(), "token", TOKEN));
        values.putAll(more);
        values.values().removeIf(String::isEmpty);
        EhrAdapters adapters = new EhrAdapters(List.of(new FhirServerAdapterProvider(new StandInMapping(),
                Clock.systemUTC())));
        return adapters.open(AdapterSettings.of("fhir", values));
    }

    @Test
    void createsTheEntriesThenRecognisesThemWhenSentAgain() throws Exception {
        DeliveryRequest request = ClinicNotes.followUp();
        try (EhrAdapter adapter = open(Map.of())) {
            DeliveryReceipt first = adapter.deliver(request);
            assertEquals(List.of(Status.CREATED, Status.CREATED, Status.CREATED, Status.NOT_CARRIED),
                    first.entries().stream().map(EntryOutcome::status).toList());
            assertTrue(first.entries().get(0).remoteId().orElseThrow().matches("Condition/\\d+"));
            assertTrue(first.entries().get(1).remoteId().orElseThrow().matches("Observation/\\d+"));
            assertEquals(request.entryId(2), first.entries().get(2).entryId());
            assertTrue(first.entries().get(3).detail().contains("family_member"));
            assertEquals(1, first.documentIds().size());
            assertTrue(first.documentIds().get(0).startsWith("DocumentReference/"));
            assertTrue(first.complete());
            assertStoredOnce();

            DeliveryReceipt again = adapter.deliver(request);
            assertEquals(List.of(Status.ALREADY_PRESENT, Status.ALREADY_PRESENT, Status.ALREADY_PRESENT,
                    Status.NOT_CARRIED), again.entries().stream().map(EntryOutcome::status).toList());
            for (int i = 0; i < 3; i++) {
                assertEquals(first.entries().get(i).remoteId(), again.entries().get(i).remoteId());
            }
            assertEquals(first.documentIds(), again.documentIds());
            assertStoredOnce();
        }
    }

    @Test
    void aWrongOrMissingTokenIsRefusedForGood() throws Exception {
        for (String token : List.of("expired-token", "")) {
            try (EhrAdapter adapter = open(Map.of("token", token))) {
                DeliveryException e = assertThrows(DeliveryException.class,
                        () -> adapter.deliver(ClinicNotes.followUp()));
                assertFalse(e.retryable(), e.getMessage());
                assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage());
            }
        }
        assertEquals(0, server.total());
    }

    @Test
    void aServerThatIsDownIsTriedAgainAndGetsEachEntryOnce() throws Exception {
        try (EhrAdapter adapter = open(Map.of("timeout", "2s"))) {
            server.jetty.stopListening();
            DeliveryException down = assertThrows(DeliveryException.class,
                    () -> adapter.deliver(ClinicNotes.followUp()));
            assertTrue(down.retryable(), down.getMessage());
            assertTrue(down.getMessage().contains("ConnectException"), down.getMessage());

            server.jetty.resumeListening();
            assertEquals(3, adapter.deliver(ClinicNotes.followUp()).count(Status.CREATED));
            assertEquals(3, adapter.deliver(ClinicNotes.followUp()).count(Status.ALREADY_PRESENT));
            assertStoredOnce();
        }
    }

    @Test
    void aBusyServerIsTriedAgain() throws Exception {
        try (EhrAdapter adapter = open(Map.of())) {
            for (int status : new int[] {503, 429, 502}) {
                server.faults.answerWith(status);
                DeliveryException busy = assertThrows(DeliveryException.class,
                        () -> adapter.deliver(ClinicNotes.followUp()));
                assertTrue(busy.retryable(), busy.getMessage());
                assertTrue(busy.getMessage().contains("HTTP " + status), busy.getMessage());
            }
            server.faults.clear();
            assertEquals(3, adapter.deliver(ClinicNotes.followUp()).count(Status.CREATED));
            assertStoredOnce();
        }
    }

    @Test
    void anAnswerThatComesTooLateIsTriedAgainWithoutDuplicating() throws Exception {
        try (EhrAdapter adapter = open(Map.of("timeout", "300ms"))) {
            // The server stores the transaction but answers after the client has given up waiting.
            server.faults.answerAfter(1200);
            DeliveryException late = assertThrows(DeliveryException.class,
                    () -> adapter.deliver(ClinicNotes.followUp()));
            assertTrue(late.retryable(), late.getMessage());
            assertTrue(late.getMessage().contains("SocketTimeoutException"), late.getMessage());
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (server.faults.requests() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertStoredOnce();
            server.faults.clear();
            DeliveryReceipt retry = adapter.deliver(ClinicNotes.followUp());
            assertEquals(3, retry.count(Status.ALREADY_PRESENT));
            assertStoredOnce();
        }
    }

    @Test
    void aRefusedTransactionIsPermanentAndItsMessageCarriesCodesNotText() throws Exception {
        TransactionMapping puts = request -> {
            FhirTransaction t = new StandInMapping().map(request);
            t.bundle().getEntry().get(1).getRequest().setMethod(Bundle.HTTPVerb.PUT);
            return t;
        };
        EhrAdapters adapters = new EhrAdapters(List.of(new FhirServerAdapterProvider(puts, Clock.systemUTC())));
        try (EhrAdapter adapter = adapters.open(AdapterSettings.of("fhir",
                Map.of("url", server.baseUrl(), "token", TOKEN)))) {
            DeliveryException e = assertThrows(DeliveryException.class,
                    () -> adapter.deliver(ClinicNotes.followUp()));
            assertFalse(e.retryable());
            assertTrue(e.getMessage().contains("HTTP 400"), e.getMessage());
            assertTrue(e.getMessage().contains("error processing"), e.getMessage());
            assertFalse(e.getMessage().contains("POST entries only"), "diagnostics must not be quoted");
            assertEquals(null, e.getCause());
        }
        assertEquals(0, server.total());
    }

    @Test
    void aMappingThatFailsIsPermanent() throws Exception {
        EhrAdapters adapters = new EhrAdapters(List.of(new FhirServerAdapterProvider(request -> {
            throw new IllegalStateException("no LOINC code for vital sign");
        }, Clock.systemUTC())));
        try (EhrAdapter adapter = adapters.open(AdapterSettings.of("fhir", Map.of("url", server.baseUrl())))) {
            DeliveryException e = assertThrows(DeliveryException.class,
                    () -> adapter.deliver(ClinicNotes.followUp()));
            assertFalse(e.retryable());
            assertTrue(e.getMessage().contains("follow-up-1"), e.getMessage());
        }
    }

    @Test
    void settingsAreCheckedBeforeAnythingIsSent() throws Exception {
        assertProblem(Map.of("token", TOKEN), "'url' is required");
        assertProblem(Map.of("url", "ftp://ehr.example/fhir"), "'url' must be an http or https URL");
        assertProblem(Map.of("url", "https://nurse:pw@ehr.example/fhir"), "must not carry a user name");
        assertProblem(Map.of("url", "http://ehr.example/fhir", "token", TOKEN), "must be https");
        assertProblem(Map.of("url", "https://ehr.example/fhir", "token", TOKEN, "token-url",
                "https://ehr.example/token"), "exclude each other");
        assertProblem(Map.of("url", "https://ehr.example/fhir", "client-id", "clinscribe"), "needs 'token-url'");
        assertProblem(Map.of("url", "https://ehr.example/fhir", "token-url", "https://ehr.example/token"),
                "'client-id' is required");
        assertProblem(Map.of("url", "https://ehr.example/fhir", "timeout", "soon"), "'timeout' must be a duration");
        assertProblem(Map.of("url", "https://ehr.example/fhir", "truststore", "/nonexistent/trust.p12"),
                "'truststore' could not be read");
        assertProblem(Map.of("url", "https://ehr.example/fhir", "retries", "3"), "'retries' is not a setting");
        // the provider ServiceLoader makes opens without building its mapper or touching the network
        try (var adapter = new FhirServerAdapterProvider().open(AdapterSettings.of("fhir",
                Map.of("url", "https://ehr.example/fhir")))) {
            assertTrue(adapter instanceof FhirServerAdapter);
        }
    }

    private static void assertProblem(Map<String, String> values, String expected) {
        EhrAdapters adapters = new EhrAdapters(List.of(new FhirServerAdapterProvider(new StandInMapping(),
                Clock.systemUTC())));
        AdapterConfigurationException e = assertThrows(AdapterConfigurationException.class,
                () -> adapters.open(AdapterSettings.of("fhir", values)).close());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN), "a secret must not appear in a message");
    }

    private void assertStoredOnce() {
        assertEquals(1, server.count("DocumentReference"));
        assertEquals(2, server.count("Condition"));
        assertEquals(1, server.count("Observation"));
        assertEquals(3, server.count("Provenance"));
    }

}

package io.clinscribe.delivery.hl7v2;

import io.clinscribe.delivery.AdapterConfigurationException;
import io.clinscribe.delivery.AdapterOption;
import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.DeliveryException;
import io.clinscribe.delivery.DeliveryReceipt;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EhrAdapters;
import io.clinscribe.delivery.EntryOutcome.Status;
import io.clinscribe.delivery.PatientContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The adapter against HAPI's MLLP server on loopback, as an interface engine would answer it. */
class Hl7v2DeliveryTest {

    private static MllpTestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new MllpTestServer();
    }

    @BeforeEach
    void forget() {
        server.receiver.reset();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static EhrAdapter open(int port, Map<String, String> more) throws AdapterConfigurationException {
        Map<String, String> values = new HashMap<>(Map.of("host", "127.0.0.1", "port", Integer.toString(port),
                "timeout", "2s", "retry-delay", "20ms", "receiving-application", "EHR"));
        values.putAll(more);
        return EhrAdapters.discover().open(AdapterSettings.of("hl7v2", values));
    }

    @Test
    void deliveredOnceEvenWhenSentTwice() throws Exception {
        DeliveryRequest request = FollowUpNote.request();
        try (EhrAdapter adapter = open(server.port(), Map.of())) {
            DeliveryReceipt first = adapter.deliver(request);
            assertEquals(10, first.count(Status.CREATED), "6 vital signs and 4 labs in the ORU^R01");
            assertEquals(9, first.count(Status.NOT_CARRIED), "problems, medications, allergy: in the note");
            assertTrue(first.complete());
            assertEquals(2, first.documentIds().size());
            assertTrue(first.documentIds().get(0).endsWith("-MDM"));
            assertTrue(first.documentIds().get(1).endsWith("-ORU"));
            assertEquals(first.documentIds().get(1) + "/OBR[1]/OBX[1-2]", first.entries().get(5).remoteId().orElseThrow());
            assertTrue(first.entries().get(0).detail().startsWith("in the MDM^T02 note"), first.entries().get(0).detail());
            assertEquals("in the MDM^T02 note (negated, so no observed value)", first.entries().get(17).detail()
                    .replace("no discrete v2 segment for a problem", "negated, so no observed value"));

            DeliveryReceipt again = adapter.deliver(request);
            assertEquals(first.documentIds(), again.documentIds(), "the same MSH-10 on every send");
        }
        RecordingReceiver receiver = server.receiver;
        assertEquals(4, receiver.received.get());
        assertEquals(2, receiver.stored.size(), "the receiver filed each message once");
        assertEquals(2, receiver.duplicates.get());
        String oru = receiver.stored.values().stream().filter(m -> m.contains("ORU^R01")).findFirst().orElseThrow();
        assertTrue(oru.contains("OBX|1|NM|8480-6^Systolic blood pressure^LN|1|152|mm[Hg]^^UCUM"), oru);
        assertTrue(oru.contains("PID|1||MRN-4471^^^&2.16.840.1.113883.3.72.5.9.1&ISO^MR"), oru);
    }

    @Test
    void aReceiverReportingTheDuplicateMakesEntriesAlreadyPresent() throws Exception {
        server.receiver.flagDuplicates = true;
        try (EhrAdapter adapter = open(server.port(), Map.of())) {
            adapter.deliver(FollowUpNote.request());
            DeliveryReceipt again = adapter.deliver(FollowUpNote.request());
            assertEquals(10, again.count(Status.ALREADY_PRESENT));
            assertEquals(0, again.count(Status.CREATED));
        }
        assertEquals(2, server.receiver.stored.size());
    }

    @Test
    void transientErrorsAreRetriedUntilAccepted() throws Exception {
        server.receiver.script.addAll(List.of(RecordingReceiver.Reply.INTERNAL_ERROR, RecordingReceiver.Reply.INTERNAL_ERROR));
        try (EhrAdapter adapter = open(server.port(), Map.of())) {
            DeliveryReceipt receipt = adapter.deliver(FollowUpNote.request());
            assertEquals(10, receipt.count(Status.CREATED));
        }
        assertEquals(4, server.receiver.received.get(), "MDM^T02 three times (AE 207, AE 207, AA), ORU^R01 once");
        assertEquals(2, server.receiver.stored.size());
        assertEquals(0, server.receiver.duplicates.get());
    }

    @Test
    void transientErrorsBeyondTheRetriesAreTemporary() throws Exception {
        server.receiver.script.addAll(List.of(RecordingReceiver.Reply.INTERNAL_ERROR, RecordingReceiver.Reply.INTERNAL_ERROR));
        try (EhrAdapter adapter = open(server.port(), Map.of("retries", "1"))) {
            DeliveryException e = assertThrows(DeliveryException.class, () -> adapter.deliver(FollowUpNote.request()));
            assertTrue(e.retryable());
            assertTrue(e.getMessage().contains("ERR-3 207 (Application internal error)"), e.getMessage());
            assertTrue(e.getMessage().contains("after 2 attempt(s)"), e.getMessage());
        }
    }

    @Test
    void aRefusedPatientIsPermanentAndNamedByCodeAndPosition() throws Exception {
        server.receiver.script.add(RecordingReceiver.Reply.UNKNOWN_PATIENT);
        try (EhrAdapter adapter = open(server.port(), Map.of())) {
            DeliveryException e = assertThrows(DeliveryException.class, () -> adapter.deliver(FollowUpNote.request()));
            assertFalse(e.retryable());
            assertTrue(e.getMessage().contains("MSA-1 AR, ERR-3 204 (Unknown key identifier) at PID[1]-3"), e.getMessage());
            assertTrue(e.getMessage().contains("MDM_T02"), e.getMessage());
            assertFalse(e.getMessage().contains("no such patient"), "the receiver's free text stays out");
        }
        assertEquals(1, server.receiver.received.get(), "a refusal is not retried");
    }

    @Test
    void aServerThatIsDownIsTemporary() throws Exception {
        int closed = MllpTestServer.freePort();
        try (EhrAdapter adapter = open(closed, Map.of("retries", "2"))) {
            long start = System.nanoTime();
            DeliveryException e = assertThrows(DeliveryException.class, () -> adapter.deliver(FollowUpNote.request()));
            assertTrue(e.retryable());
            assertTrue(e.getMessage().contains("cannot connect (ConnectException)"), e.getMessage());
            assertTrue(e.getMessage().contains("after 3 attempt(s)"), e.getMessage());
            // pauses of 20 ms and 40 ms between the three attempts
            assertTrue(System.nanoTime() - start >= 60_000_000L);
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOutAndIsTemporary() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> swallow(silent, connections), "silent-mllp");
            acceptor.setDaemon(true);
            acceptor.start();
            try (EhrAdapter adapter = open(silent.getLocalPort(), Map.of("timeout", "500ms", "retries", "1"))) {
                long start = System.nanoTime();
                DeliveryException e = assertThrows(DeliveryException.class, () -> adapter.deliver(FollowUpNote.request()));
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(e.retryable());
                assertTrue(e.getMessage().contains("no ACK within 500 ms"), e.getMessage());
                assertTrue(millis >= 1000 && millis < 5000, millis + " ms");
            }
        }
        assertEquals(2, connections.get(), "a new connection for the retry after the timeout");
    }

    /** Accepts connections and reads whatever comes, answering nothing. */
    private static void swallow(ServerSocket server, AtomicInteger connections) {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                connections.incrementAndGet();
                Thread reader = new Thread(() -> {
                    try (Socket socket = s; InputStream in = socket.getInputStream()) {
                        in.transferTo(OutputStreamDiscard.INSTANCE);
                    } catch (IOException e) {
                        // the client went away
                    }
                });
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static final class OutputStreamDiscard extends java.io.OutputStream {
        static final OutputStreamDiscard INSTANCE = new OutputStreamDiscard();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }

    @Test
    void aRestartedReceiverIsReconnectedTo() throws Exception {
        int port = server.port();
        try (EhrAdapter adapter = open(port, Map.of())) {
            adapter.deliver(FollowUpNote.request());
            server.stopAndWait();
            server = new MllpTestServer(port);
            DeliveryRequest other = DeliveryRequest.of(FollowUpNote.document(),
                    PatientContext.parse("urn:oid:2.16.840.1.113883.3.72.5.9.1|MRN-5502", Optional.empty()));
            DeliveryReceipt receipt = adapter.deliver(other);
            assertEquals(10, receipt.count(Status.CREATED));
        }
        assertEquals(2, server.receiver.stored.size());
    }

    @Test
    void theProviderIsFoundAndItsSettingsChecked() throws Exception {
        EhrAdapters adapters = EhrAdapters.discover();
        assertTrue(adapters.provider("hl7v2").isPresent());
        List<AdapterOption> options = adapters.provider("hl7v2").get().options();
        assertTrue(options.stream().anyMatch(o -> o.name().equals("host") && o.required()));
        assertTrue(options.stream().anyMatch(o -> o.name().equals("tls-truststore-password") && o.secret()));
        AdapterConfigurationException missing = assertThrows(AdapterConfigurationException.class,
                () -> adapters.open(AdapterSettings.of("hl7v2", Map.of("host", "127.0.0.1"))));
        assertTrue(missing.getMessage().contains("'port' is required"), missing.getMessage());
        assertThrows(AdapterConfigurationException.class, () -> open(2575, Map.of("processing-id", "X")));
        assertThrows(AdapterConfigurationException.class, () -> open(2575, Map.of("tls", "maybe")));
        assertThrows(AdapterConfigurationException.class, () -> open(2575, Map.of("messages", "adt")));
        assertThrows(AdapterConfigurationException.class, () -> open(2575, Map.of("sending-facility", "A|B")));
        assertThrows(AdapterConfigurationException.class, () -> open(70000, Map.of()));
    }

    @Test
    void onlyTheResultsWhenTheNoteIsNotWanted() throws Exception {
        try (EhrAdapter adapter = open(server.port(), Map.of("messages", "oru"))) {
            DeliveryReceipt receipt = adapter.deliver(FollowUpNote.request());
            assertEquals(10, receipt.count(Status.CREATED));
            assertEquals(1, receipt.documentIds().size());
            assertEquals("not sent: messages setting excludes mdm (no discrete v2 segment for a problem)",
                    receipt.entries().get(0).detail());
        }
        assertEquals(1, server.receiver.stored.size());
    }
}

package io.clinscribe.delivery.hl7v2;

import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.DeliveryException;
import io.clinscribe.delivery.DeliveryReceipt;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EhrAdapters;
import io.clinscribe.delivery.EntryOutcome.Status;
import io.clinscribe.delivery.hl7v2.mllp.TlsSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MLLP over TLS: a server whose self-signed certificate names 127.0.0.1 (test-only, see
 * src/test/resources/tls/README.md). The client trusts it through {@code tls-truststore} (a key store's certificate is a trust anchor too), and refuses
 * it with the JVM's default CAs.
 */
class MllpTlsTest {

    @Test
    void deliversOverTlsToATrustedServerOnly() throws Exception {
        Path store = Path.of(MllpTlsTest.class.getResource("/tls/mllp-test-server.p12").toURI());
        TlsSettings serverKey = new TlsSettings(Optional.empty(), Optional.empty(), Optional.of(store),
                Optional.of("changeit"));

        try (MllpTestServer server = new MllpTestServer(MllpTestServer.freePort(), serverKey.context())) {
            String port = Integer.toString(server.port());
            try (EhrAdapter adapter = EhrAdapters.discover().open(AdapterSettings.of("hl7v2", Map.of("host", "127.0.0.1",
                    "port", port, "tls", "true", "tls-truststore", store.toString(), "tls-truststore-password", "changeit")))) {
                DeliveryReceipt receipt = adapter.deliver(FollowUpNote.request());
                assertEquals(10, receipt.count(Status.CREATED));
            }
            assertEquals(2, server.receiver.stored.size());

            try (EhrAdapter untrusting = EhrAdapters.discover().open(AdapterSettings.of("hl7v2", Map.of("host",
                    "127.0.0.1", "port", port, "tls", "true", "retries", "0")))) {
                DeliveryException e = assertThrows(DeliveryException.class, () -> untrusting.deliver(FollowUpNote.request()));
                assertTrue(e.getMessage().contains("TLS handshake failed"), e.getMessage());
            }
        }
    }
}

package io.clinscribe.delivery.fhir.server;

import io.clinscribe.delivery.AdapterConfigurationException;
import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.DeliveryException;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EhrAdapters;
import io.clinscribe.delivery.EntryOutcome.Status;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An EHR test server with a self-signed certificate: reached with verification on once its certificate is
 * in the adapter's truststore, refused (for good, until the setting changes) without it.
 */
class TlsTrustTest {

    private static final String TOKEN = "tls-token-91";

    @TempDir
    static Path dir;

    private static PlainFhirServer server;
    private static Path truststore;

    @BeforeAll
    static void startHttpsEhr() throws Exception {
        Path keystore = dir.resolve("ehr.p12");
        Path certificate = dir.resolve("ehr.crt");
        truststore = dir.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "ehr", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1, O=Test EHR", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "server-pw",
                "-keypass", "server-pw");
        keytool("-exportcert", "-alias", "ehr", "-keystore", keystore.toString(), "-storepass", "server-pw",
                "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "ehr", "-file", certificate.toString(),
                "-keystore", truststore.toString(), "-storetype", "PKCS12", "-storepass", "trust-pw");
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStorePath(keystore.toString());
        tls.setKeyStorePassword("server-pw");
        tls.setKeyStoreType("PKCS12");
        server = new PlainFhirServer(TOKEN::equals, new LoopbackJetty(tls)).start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }

    private static EhrAdapter open(Map<String, String> more) throws AdapterConfigurationException {
        Map<String, String> values = new HashMap<>(Map.of("url", server.baseUrl(), "token", TOKEN));
        values.putAll(more);
        return new EhrAdapters(List.of(new FhirServerAdapterProvider(new StandInMapping(), Clock.systemUTC())))
                .open(AdapterSettings.of("fhir", values));
    }

    @Test
    void aSelfSignedServerIsReachedThroughTheTruststore() throws Exception {
        assertTrue(server.baseUrl().startsWith("https://"));
        try (EhrAdapter adapter = open(Map.of("truststore", truststore.toString(), "truststore-password", "trust-pw"))) {
            assertTrue(adapter.deliver(ClinicNotes.followUp()).entries().stream()
                    .allMatch(e -> e.status() == Status.CREATED || e.status() == Status.ALREADY_PRESENT
                            || e.status() == Status.NOT_CARRIED));
            assertEquals(3, adapter.deliver(ClinicNotes.followUp()).count(Status.ALREADY_PRESENT));
        }
    }

    @Test
    void withoutTheTruststoreTheCertificateIsRefusedForGood() throws Exception {
        try (EhrAdapter adapter = open(Map.of())) {
            DeliveryException e = assertThrows(DeliveryException.class, () -> adapter.deliver(ClinicNotes.followUp()));
            assertFalse(e.retryable(), e.getMessage());
            assertTrue(e.getMessage().contains("TLS handshake failed"), e.getMessage());
        }
    }

    @Test
    void aWrongTruststorePasswordIsASettingsProblem() {
        AdapterConfigurationException e = assertThrows(AdapterConfigurationException.class,
                () -> open(Map.of("truststore", truststore.toString(), "truststore-password", "guess")));
        assertTrue(e.getMessage().contains("'truststore'"), e.getMessage());
        assertFalse(e.getMessage().contains("guess"), e.getMessage());
    }
}

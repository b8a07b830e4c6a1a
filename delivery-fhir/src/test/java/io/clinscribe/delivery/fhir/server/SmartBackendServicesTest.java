package io.clinscribe.delivery.fhir.server;

import io.clinscribe.delivery.AdapterConfigurationException;
import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.DeliveryException;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EhrAdapters;
import io.clinscribe.delivery.EntryOutcome.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SMART Backend Services against a token endpoint on the test EHR's Jetty: the signed assertion is accepted,
 * the token reused until it nears expiry, renewed when the server stops accepting it, and a client whose key
 * the EHR does not know is refused for good.
 */
class SmartBackendServicesTest {

    private static final String CLIENT = "clinscribe-ward-4b";
    private static final String KID = "clinscribe-2026-11";

    @TempDir
    Path keys;

    private PlainFhirServer server;
    private TokenEndpoint tokens;

    private void startEhr(KeyPair registered, long lifetimeSeconds) throws Exception {
        startEhr(registered, lifetimeSeconds, true);
    }

    /** With {@code fhirAcceptsTokens} false, the FHIR server refuses every token its own endpoint issues. */
    private void startEhr(KeyPair registered, long lifetimeSeconds, boolean fhirAcceptsTokens) throws Exception {
        TokenEndpoint[] endpoint = new TokenEndpoint[1];
        server = new PlainFhirServer(token -> fhirAcceptsTokens && endpoint[0].accepts(token));
        tokens = new TokenEndpoint(CLIENT, KID, registered.getPublic(), () -> server.jetty.url("/auth/token"),
                lifetimeSeconds);
        endpoint[0] = tokens;
        server.jetty.serve("/auth/token", tokens);
        server.start();
    }

    @AfterEach
    void stopEhr() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private EhrAdapter open(Path key, Map<String, String> more) throws AdapterConfigurationException {
        Map<String, String> values = new HashMap<>(Map.of("url", server.baseUrl(),
                "token-url", server.jetty.url("/auth/token"), "client-id", CLIENT, "private-key", key.toString(),
                "key-id", KID, "scope", "system/Condition.c system/Observation.c"));
        values.putAll(more);
        return new EhrAdapters(List.of(new FhirServerAdapterProvider(new StandInMapping(), Clock.systemUTC())))
                .open(AdapterSettings.of("fhir", values));
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static KeyPair ecP384() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        return generator.generateKeyPair();
    }

    @Test
    void anRsaKeyGetsATokenThatIsReusedAcrossDeliveries() throws Exception {
        KeyPair pair = rsa();
        startEhr(pair, 300);
        try (EhrAdapter adapter = open(PemFiles.plain(keys.resolve("client.pem"), pair.getPrivate()), Map.of())) {
            assertEquals(3, adapter.deliver(ClinicNotes.followUp()).count(Status.CREATED));
            assertEquals(3, adapter.deliver(ClinicNotes.followUp()).count(Status.ALREADY_PRESENT));
        }
        assertEquals(1, tokens.requests());
    }

    @Test
    void anEncryptedEcKeySignsWithEs384() throws Exception {
        KeyPair pair = ecP384();
        startEhr(pair, 300);
        Path pem = PemFiles.encrypted(keys.resolve("client-ec.pem"), pair.getPrivate(), "correct horse");
        try (EhrAdapter adapter = open(pem, Map.of("private-key-password", "correct horse"))) {
            assertEquals(3, adapter.deliver(ClinicNotes.followUp()).count(Status.CREATED));
        }
        AdapterConfigurationException wrong = assertThrows(AdapterConfigurationException.class,
                () -> open(pem, Map.of("private-key-password", "battery staple")));
        assertTrue(wrong.getMessage().contains("'private-key'"), wrong.getMessage());
        assertFalse(wrong.getMessage().contains("battery"), wrong.getMessage());
        AdapterConfigurationException none = assertThrows(AdapterConfigurationException.class, () -> open(pem, Map.of()));
        assertTrue(none.getMessage().contains("no password"), none.getMessage());
    }

    @Test
    void aTokenTheServerNoLongerAcceptsIsReplacedOnce() throws Exception {
        KeyPair pair = rsa();
        startEhr(pair, 300);
        try (EhrAdapter adapter = open(PemFiles.plain(keys.resolve("client.pem"), pair.getPrivate()), Map.of())) {
            adapter.deliver(ClinicNotes.followUp());
            tokens.revokeAll();
            assertEquals(3, adapter.deliver(ClinicNotes.followUp()).count(Status.ALREADY_PRESENT));
        }
        assertEquals(2, tokens.requests());
        assertEquals(3, server.count("Provenance"));
    }

    @Test
    void aServerThatRefusesEvenAFreshTokenIsRefusedForGood() throws Exception {
        KeyPair pair = rsa();
        startEhr(pair, 300, false);
        try (EhrAdapter adapter = open(PemFiles.plain(keys.resolve("client.pem"), pair.getPrivate()), Map.of())) {
            DeliveryException e = assertThrows(DeliveryException.class, () -> adapter.deliver(ClinicNotes.followUp()));
            assertFalse(e.retryable(), e.getMessage());
            assertTrue(e.getMessage().contains("HTTP 401") && e.getMessage().contains("freshly issued token"),
                    e.getMessage());
        }
        assertEquals(2, tokens.requests());
    }

    @Test
    void aClientWhoseKeyTheEhrDoesNotKnowIsRefusedForGood() throws Exception {
        startEhr(rsa(), 300);
        try (EhrAdapter adapter = open(PemFiles.plain(keys.resolve("stranger.pem"), rsa().getPrivate()), Map.of())) {
            DeliveryException e = assertThrows(DeliveryException.class, () -> adapter.deliver(ClinicNotes.followUp()));
            assertFalse(e.retryable(), e.getMessage());
            assertTrue(e.getMessage().contains("HTTP 401 invalid_client"), e.getMessage());
            assertFalse(e.getMessage().contains("refused"), "error_description is not quoted");
        }
        assertEquals(0, server.total());
    }

    @Test
    void aTokenEndpointThatIsDownIsTriedAgainLater() throws Exception {
        KeyPair pair = rsa();
        startEhr(pair, 300);
        try (EhrAdapter adapter = open(PemFiles.plain(keys.resolve("client.pem"), pair.getPrivate()),
                Map.of("timeout", "2s"))) {
            server.jetty.stopListening();
            DeliveryException down = assertThrows(DeliveryException.class,
                    () -> adapter.deliver(ClinicNotes.followUp()));
            assertTrue(down.retryable(), down.getMessage());
            assertTrue(down.getMessage().startsWith("token endpoint unreachable"), down.getMessage());
            server.jetty.resumeListening();
            assertEquals(3, adapter.deliver(ClinicNotes.followUp()).count(Status.CREATED));
        }
    }

    @Test
    void aTokenIsRenewedAMinuteBeforeItExpires() throws Exception {
        KeyPair pair = rsa();
        startEhr(pair, 300);
        Instant[] now = new Instant[1];
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        SmartBackendServices smart = new SmartBackendServices(URI.create(server.jetty.url("/auth/token")), CLIENT,
                "system/*.write", SigningKey.of(pair.getPrivate(), KID), HttpClient.newHttpClient(),
                Duration.ofSeconds(5), clock);
        now[0] = Instant.now();
        String first = smart.current();
        now[0] = now[0].plusSeconds(239);
        assertEquals(first, smart.current());
        now[0] = now[0].plusSeconds(2);
        assertNotEquals(first, smart.current());
        assertEquals(2, tokens.requests());
    }
}

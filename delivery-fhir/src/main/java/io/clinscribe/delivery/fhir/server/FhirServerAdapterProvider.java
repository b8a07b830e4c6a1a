package io.clinscribe.delivery.fhir.server;

import ca.uhn.fhir.context.FhirContext;
import io.clinscribe.delivery.fhir.OnFirstUse;
import io.clinscribe.delivery.fhir.mapping.FhirRecordMapper;
import io.clinscribe.delivery.fhir.validation.BundleValidator;
import io.clinscribe.delivery.fhir.validation.ValidatedTransactionMapper;

import io.clinscribe.delivery.AdapterConfigurationException;
import io.clinscribe.delivery.AdapterOption;
import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EhrAdapterProvider;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The "fhir" adapter: each document as one transaction to a FHIR R4 server, with a bearer token given in
 * the settings or obtained through SMART Backend Services, over https with the JVM's or a given truststore.
 */
public final class FhirServerAdapterProvider implements EhrAdapterProvider {

    public static final String NAME = "fhir";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final String DEFAULT_SCOPE = "system/*.write";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final Optional<TransactionMapping> mapping;
    private final Clock clock;

    /**
     * For {@link java.util.ServiceLoader}: the standard mapper with offline validation (IPS when its package was
     * fetched), built on the first delivery so that listing or opening the adapter costs nothing.
     */
    public FhirServerAdapterProvider() {
        OnFirstUse<ValidatedTransactionMapper> standard = new OnFirstUse<>(() -> new ValidatedTransactionMapper(
                new FhirRecordMapper(), new BundleValidator(FhirContext.forR4())));
        this.mapping = Optional.of(request -> standard.get().map(request));
        this.clock = Clock.systemUTC();
    }

    public FhirServerAdapterProvider(TransactionMapping mapping, Clock clock) {
        this.mapping = Optional.of(Objects.requireNonNull(mapping, "mapping"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a FHIR R4 server: one transaction per document, conditional creates on stable identifiers";
    }

    @Override
    public List<AdapterOption> options() {
        return List.of(
                AdapterOption.required("url", "the server's FHIR base URL, e.g. https://ehr.example/fhir"),
                AdapterOption.secret("token", "a bearer token to send with each request"),
                AdapterOption.optional("token-url", "SMART Backend Services: the server's token endpoint"),
                AdapterOption.optional("client-id", "SMART Backend Services: the client id the EHR registered"),
                AdapterOption.optional("private-key", "SMART Backend Services: PKCS#8 PEM file of the client's "
                        + "RSA (2048+ bits, RS384) or P-384 EC (ES384) private key"),
                AdapterOption.secret("private-key-password", "the password of an encrypted private-key file"),
                AdapterOption.optional("key-id", "SMART Backend Services: the kid of the key in the client's JWK Set"),
                AdapterOption.optional("scope", "SMART Backend Services: scopes to ask for (default "
                        + DEFAULT_SCOPE + ")"),
                AdapterOption.optional("timeout", "how long to wait to connect and for each answer (default 30s)"),
                AdapterOption.optional("truststore", "PKCS#12 or JKS file of the certificates to trust for https "
                        + "(default: the JVM's)"),
                AdapterOption.secret("truststore-password", "the truststore's password"));
    }

    @Override
    public EhrAdapter open(AdapterSettings settings) throws AdapterConfigurationException {
        TransactionMapping map = mapping.orElseThrow(() -> new AdapterConfigurationException(
                "adapter " + settings.adapter() + ": no FHIR mapping is wired into this build"));
        URI base = httpUrl(settings, "url");
        Duration timeout = settings.duration("timeout", DEFAULT_TIMEOUT);
        if (timeout.isZero() || timeout.isNegative()) {
            throw settings.problem("timeout", "must be positive");
        }
        SSLContext tls = tls(settings);
        Optional<AccessTokens> tokens = tokens(settings, tls, timeout, clock);
        if (tokens.isPresent() && "http".equals(base.getScheme()) && !LOOPBACK.contains(base.getHost())) {
            throw settings.problem("url", "must be https when a token is sent to a host other than this machine");
        }
        return new FhirServerAdapter(settings.adapter(), new ServerEndpoint(base, timeout, tls, tokens), map, clock);
    }

    private static Optional<AccessTokens> tokens(AdapterSettings settings, SSLContext tls, Duration timeout,
                                                 Clock clock) throws AdapterConfigurationException {
        Optional<String> token = settings.get("token");
        Optional<String> tokenUrl = settings.get("token-url");
        if (token.isPresent() && tokenUrl.isPresent()) {
            throw settings.problem("token", "and 'token-url' exclude each other: give a token, or the SMART "
                    + "Backend Services settings to obtain one");
        }
        if (token.isPresent()) {
            return Optional.of(AccessTokens.fixed(token.get().strip()));
        }
        if (tokenUrl.isEmpty()) {
            for (String smart : List.of("client-id", "private-key", "private-key-password", "key-id", "scope")) {
                if (settings.get(smart).isPresent()) {
                    throw settings.problem(smart, "is for SMART Backend Services and needs 'token-url'");
                }
            }
            return Optional.empty();
        }
        URI endpoint = httpUrl(settings, "token-url");
        if ("http".equals(endpoint.getScheme()) && !LOOPBACK.contains(endpoint.getHost())) {
            throw settings.problem("token-url", "must be https unless the token endpoint is on this machine");
        }
        String clientId = settings.required("client-id");
        Path keyFile = settings.path("private-key").orElseThrow(() -> settings.problem("private-key", "is required"));
        SigningKey key;
        try {
            key = SigningKey.fromPem(Files.readString(keyFile), settings.get("private-key-password"),
                    settings.required("key-id"));
        } catch (IOException e) {
            throw settings.problem("private-key", "could not be read: " + e.getClass().getSimpleName());
        } catch (GeneralSecurityException e) {
            throw settings.problem("private-key", "is not usable: " + e.getMessage());
        }
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(tls)
                .connectTimeout(timeout)
                .build();
        return Optional.of(new SmartBackendServices(endpoint, clientId, settings.get("scope").orElse(DEFAULT_SCOPE),
                key, http, timeout, clock));
    }

    private static SSLContext tls(AdapterSettings settings) throws AdapterConfigurationException {
        Optional<Path> store = settings.path("truststore");
        if (store.isEmpty()) {
            if (settings.get("truststore-password").isPresent()) {
                throw settings.problem("truststore-password", "is given without 'truststore'");
            }
            try {
                return SSLContext.getDefault();
            } catch (NoSuchAlgorithmException e) {
                throw new AdapterConfigurationException("the JVM has no default TLS context", e);
            }
        }
        try {
            return TrustStore.load(store.get(), settings.get("truststore-password"));
        } catch (IOException e) {
            throw settings.problem("truststore", "could not be read (missing file or wrong password?): "
                    + e.getClass().getSimpleName());
        } catch (GeneralSecurityException e) {
            throw settings.problem("truststore", "is not usable: " + e.getMessage());
        }
    }

    private static URI httpUrl(AdapterSettings settings, String name) throws AdapterConfigurationException {
        String value = settings.required(name).strip();
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw settings.problem(name, "is not a URL");
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            throw settings.problem(name, "must be an http or https URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw settings.problem(name, "must not carry a user name or password; use 'token' or 'token-url'");
        }
        return uri;
    }
}

package io.clinscribe.delivery.fhir.server;

import javax.net.ssl.SSLContext;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the FHIR server is and how to reach it.
 *
 * @param base    the server's base URL ({@code https://ehr.example/fhir})
 * @param timeout how long to wait to connect, and then for each answer
 * @param tls     the certificates to trust for https (the JVM's, or a truststore from the settings)
 * @param tokens  the bearer tokens to send, when the server asks for them
 */
public record ServerEndpoint(URI base, Duration timeout, SSLContext tls, Optional<AccessTokens> tokens) {
    public ServerEndpoint {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(tokens, "tokens");
    }

    /** The address with any user info taken out, for messages. */
    public String describe() {
        return base.getScheme() + "://" + base.getHost() + (base.getPort() >= 0 ? ":" + base.getPort() : "")
                + (base.getPath() != null ? base.getPath() : "");
    }
}

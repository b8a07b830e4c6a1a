package io.clinscribe.delivery.hl7v2.mllp;

import java.time.Duration;
import java.util.Objects;

/**
 * Where MLLP messages go and how long to wait.
 *
 * @param ackTimeout     how long to wait for the ACK of one message
 * @param connectTimeout how long to wait for the TCP connection (and, with TLS, its handshake)
 */
public record MllpEndpoint(String host, int port, boolean tls, Duration ackTimeout, Duration connectTimeout) {

    public MllpEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(ackTimeout, "ackTimeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** {@code host:port} (with {@code tls}), for messages: an address, never content. */
    public String describe() {
        return host + ":" + port + (tls ? " (tls)" : "");
    }
}

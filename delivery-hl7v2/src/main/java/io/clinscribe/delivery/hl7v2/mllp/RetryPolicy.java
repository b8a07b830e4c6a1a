package io.clinscribe.delivery.hl7v2.mllp;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a message is sent again after a timeout, a lost connection or a "try again" ACK, and how long to
 * wait before each retry: {@code firstDelay}, doubling, at most {@code maxDelay}. Bounded, because the outbox
 * above the adapter retries the whole document later; this only rides out a short hiccup.
 */
public record RetryPolicy(int retries, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative");
        }
    }

    /** The pause before retry {@code n} (1 for the first retry). */
    public Duration delayBefore(int n) {
        Duration d = firstDelay;
        for (int i = 1; i < n && d.compareTo(maxDelay) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    public int attempts() {
        return retries + 1;
    }
}

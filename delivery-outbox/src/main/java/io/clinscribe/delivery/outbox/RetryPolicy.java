package io.clinscribe.delivery.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When to try again after an EHR was down: exponential backoff from {@code base}, doubling per attempt up to
 * {@code max}, with jitter so that many outboxes (a practice's workstations) do not all knock at once when
 * the EHR comes back; and after {@code maxAttempts} the item is FAILED, kept for {@code clinscribe outbox retry}.
 *
 * <p>The jitter is "equal jitter": the wait is between half and all of the exponential delay, never shorter,
 * so a retry never comes sooner than half the planned pause.
 */
public final class RetryPolicy {

    private final Duration base;
    private final Duration max;
    private final int maxAttempts;
    private final RandomGenerator random;

    private RetryPolicy(Duration base, Duration max, int maxAttempts, RandomGenerator random) {
        this.base = Objects.requireNonNull(base, "base");
        this.max = Objects.requireNonNull(max, "max");
        this.random = Objects.requireNonNull(random, "random");
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= max, not " + base + " and " + max);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt is needed, not " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
    }

    /**
     * 1 s doubling to 5 min, 100 attempts: about 6 hours of an EHR being down (a long outage or a night)
     * before an item is set aside as FAILED.
     */
    public static RetryPolicy standard() {
        return of(Duration.ofSeconds(1), Duration.ofMinutes(5), 100);
    }

    public static RetryPolicy of(Duration base, Duration max, int maxAttempts) {
        return new RetryPolicy(base, max, maxAttempts, RandomGenerator.getDefault());
    }

    /** The same policy drawing its jitter from {@code random} (a seeded one makes a test repeatable). */
    public RetryPolicy withRandom(RandomGenerator random) {
        return new RetryPolicy(base, max, maxAttempts, random);
    }

    public Duration base() {
        return base;
    }

    public Duration max() {
        return max;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** Whether an item that failed its {@code attempt}-th attempt (from 1) is given up on. */
    public boolean givesUpAfter(int attempt) {
        return attempt >= maxAttempts;
    }

    /** The wait after the {@code attempt}-th failed attempt (from 1): between half and all of base·2^(attempt-1), capped at max. */
    public Duration delayAfter(int attempt) {
        long baseMillis = base.toMillis();
        long maxMillis = max.toMillis();
        int doublings = Math.max(0, Math.min(attempt - 1, 62));
        long full = baseMillis > (maxMillis >> doublings) ? maxMillis : Math.min(maxMillis, baseMillis << doublings);
        long half = full / 2;
        return Duration.ofMillis(half + random.nextLong(full - half + 1));
    }
}

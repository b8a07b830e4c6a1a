package io.clinscribe.delivery.outbox;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Tells a {@link Courier#run running courier} to finish the delivery in hand and return. */
public final class StopSignal {

    private final CountDownLatch stopped = new CountDownLatch(1);

    public void stop() {
        stopped.countDown();
    }

    public boolean stopped() {
        return stopped.getCount() == 0;
    }

    /** Waits up to {@code time}; returns early, with true, once stopped. */
    public boolean await(Duration time) throws InterruptedException {
        return stopped.await(Math.max(0, time.toNanos()), TimeUnit.NANOSECONDS);
    }
}

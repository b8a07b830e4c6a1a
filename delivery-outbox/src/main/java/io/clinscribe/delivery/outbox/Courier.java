package io.clinscribe.delivery.outbox;

import io.clinscribe.delivery.AdapterConfigurationException;
import io.clinscribe.delivery.DeliveryException;
import io.clinscribe.delivery.DeliveryReceipt;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EntryOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Carries items from the outbox to their EHRs. For each due item it first marks it IN_FLIGHT with one more
 * attempt, committed, and only then calls the adapter; the answer is committed as DELIVERED (or PARTIAL) with
 * the receipt, or as a later attempt (the EHR was down: exponential backoff with jitter, see
 * {@link RetryPolicy}), or as FAILED (the EHR refused it, or too many attempts). A process killed between
 * the two commits leaves the item IN_FLIGHT, and the next {@link Outbox#open} sends it again, which adapters
 * make harmless by keying on the delivery and entry ids.
 *
 * <p>Adapters are opened once per target for a call of {@link #deliverDue}, {@link #deliverAll} or
 * {@link #run}, and closed when it returns. A target whose adapter cannot be opened (a secret not given) is
 * reported in the round; its items stay PENDING, with the reason as their last error.
 *
 * <p>One courier per outbox at a time is the intended use; two would not send an item twice at once (the
 * claim is a conditional update), but would interleave their logs.
 */
public final class Courier {

    /** Waits between attempts; tests pass one that moves their clock instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration time) throws InterruptedException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Courier.class);

    private final Outbox outbox;
    private final AdapterOpener opener;
    private final RetryPolicy policy;
    private final Sleeper sleeper;

    public Courier(Outbox outbox, AdapterOpener opener, RetryPolicy policy) {
        this(outbox, opener, policy, time -> Thread.sleep(Math.max(0, time.toMillis())));
    }

    public Courier(Outbox outbox, AdapterOpener opener, RetryPolicy policy, Sleeper sleeper) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Attempts every item due now, once each, and returns without waiting for later attempts. */
    public DeliveryRound deliverDue() throws OutboxException {
        return deliverDue(item -> true);
    }

    /** Attempts the items due now that {@code which} selects, once each; the round counts only those. */
    public DeliveryRound deliverDue(Predicate<OutboxItem> which) throws OutboxException {
        try (Adapters adapters = new Adapters()) {
            DeliveryRound.Tally tally = new DeliveryRound.Tally();
            pass(adapters, tally, which);
            return finish(tally, which);
        }
    }

    /**
     * Delivers every pending item, waiting for their next attempts, and returns when none is left pending or
     * when waiting for the next attempt would pass {@code patience} from now. A delivery in hand when the
     * time is up is finished (the adapter's own timeouts bound it); what remains stays in the outbox for the
     * next run. Items of targets that cannot be opened are not waited for.
     */
    public DeliveryRound deliverAll(Duration patience) throws OutboxException, InterruptedException {
        return deliverAll(patience, item -> true);
    }

    /**
     * {@link #deliverAll(Duration)} for the items {@code which} selects (those this run queued, say, by their
     * ids); others are left for their own run, and the round counts only these.
     */
    public DeliveryRound deliverAll(Duration patience, Predicate<OutboxItem> which)
            throws OutboxException, InterruptedException {
        Instant deadline = outbox.clock().instant().plus(patience);
        try (Adapters adapters = new Adapters()) {
            DeliveryRound.Tally tally = new DeliveryRound.Tally();
            while (true) {
                pass(adapters, tally, which);
                Optional<Instant> next = nextAttempt(adapters, which);
                Instant now = outbox.clock().instant();
                if (next.isEmpty() || next.get().isAfter(deadline) || !now.isBefore(deadline)) {
                    return finish(tally, which);
                }
                if (next.get().isAfter(now)) {
                    sleeper.sleep(Duration.between(now, next.get()));
                }
            }
        }
    }

    /**
     * Delivers until {@code stop} is signalled: attempts what is due, then waits until the next attempt or
     * {@code poll} (to pick up items another thread queued), whichever is sooner. Returns after the delivery
     * in hand when stopped. A target that could not be opened is tried again on the next pass, so a fixed
     * setting is picked up without a restart. Close the outbox only after this has returned (a shutdown hook
     * stops the signal and joins the courier's thread); a process killed instead loses nothing either.
     */
    public void run(StopSignal stop, Duration poll) throws OutboxException, InterruptedException {
        try (Adapters adapters = new Adapters()) {
            while (!stop.stopped()) {
                adapters.blocked.clear();
                pass(adapters, new DeliveryRound.Tally(), item -> true);
                Instant now = outbox.clock().instant();
                Duration wait = nextAttempt(adapters, item -> true).map(t -> Duration.between(now, t)).orElse(poll);
                stop.await(wait.compareTo(poll) > 0 ? poll : wait);
            }
        }
    }

    private void pass(Adapters adapters, DeliveryRound.Tally tally, Predicate<OutboxItem> which)
            throws OutboxException {
        for (OutboxItem item : outbox.due(outbox.clock().instant())) {
            if (!which.test(item)) {
                continue;
            }
            String key = item.target().key();
            Optional<EhrAdapter> adapter = adapters.blocked.containsKey(key)
                    ? Optional.empty() : adapters.open(item.target(), tally);
            if (adapter.isEmpty()) {
                String problem = adapters.blocked.get(key);
                // a loop meets the same problem every pass; writing it once spares the file a commit each time
                if (!item.lastError().equals(Optional.of(problem))) {
                    outbox.noteProblem(item.id(), problem);
                }
                continue;
            }
            Optional<DeliveryRequest> request = outbox.claim(item.id());
            if (request.isEmpty()) {
                outbox.item(item.id()).ifPresent(now -> {
                    if (now.status() == ItemStatus.FAILED) {
                        tally.ended(now.id(), ItemStatus.FAILED);
                    }
                });
                continue;
            }
            tally.ended(item.id(), attempt(item, item.attempts() + 1, request.get(), adapter.get(), adapters));
        }
    }

    /** One attempt, its outcome committed; returns the status the item ended in. */
    private ItemStatus attempt(OutboxItem item, int attempt, DeliveryRequest request, EhrAdapter adapter,
                               Adapters adapters) throws OutboxException {
        long id = item.id();
        String adapterName = item.target().adapter();
        try {
            DeliveryReceipt receipt = adapter.deliver(request);
            if (!receipt.deliveryId().equals(request.deliveryId())) {
                LOG.warn("outbox item {}: adapter {} answered for delivery {} instead of {}", id, adapterName,
                        receipt.deliveryId(), request.deliveryId());
            }
            ItemStatus status = outbox.delivered(id, receipt);
            LOG.info("outbox item {} (document {}) {} to {}: {} entries, {} rejected, attempt {}", id,
                    item.documentId(), status == ItemStatus.DELIVERED ? "delivered" : "partly delivered",
                    adapterName, receipt.entries().size(), receipt.count(EntryOutcome.Status.REJECTED), attempt);
            return status;
        } catch (DeliveryException e) {
            if (!e.retryable()) {
                outbox.failed(id, "refused by " + adapterName + ": " + e.getMessage());
                LOG.warn("outbox item {} (document {}) refused by {}: {}", id, item.documentId(), adapterName,
                        e.getMessage());
                return ItemStatus.FAILED;
            }
            return later(item, attempt, adapterName + " unavailable: " + e.getMessage());
        } catch (RuntimeException e) {
            // an adapter's bug or an unchecked network error: its message may quote anything, so only the type
            // is kept; a fresh adapter is opened for the next attempt in case this one is broken
            adapters.discard(item.target().key());
            return later(item, attempt, adapterName + " failed unexpectedly (" + e.getClass().getName() + ")");
        }
    }

    private ItemStatus later(OutboxItem item, int attempt, String error) throws OutboxException {
        if (policy.givesUpAfter(attempt)) {
            outbox.failed(item.id(), "gave up after " + attempt + " attempts; last: " + error);
            LOG.warn("outbox item {} (document {}) given up after {} attempts: {}", item.id(), item.documentId(),
                    attempt, error);
            return ItemStatus.FAILED;
        }
        Duration delay = policy.delayAfter(attempt);
        outbox.retryLater(item.id(), outbox.clock().instant().plus(delay), error);
        LOG.info("outbox item {} (document {}) attempt {} failed, next in {} ms: {}", item.id(), item.documentId(),
                attempt, delay.toMillis(), error);
        return ItemStatus.PENDING;
    }

    /** The earliest due time among pending items whose target could be opened. */
    private Optional<Instant> nextAttempt(Adapters adapters, Predicate<OutboxItem> which) throws OutboxException {
        return outbox.items(Set.of(ItemStatus.PENDING)).stream()
                .filter(which)
                .filter(i -> !adapters.blocked.containsKey(i.target().key()))
                .map(i -> i.nextAttemptAt().orElse(Instant.EPOCH))
                .min(Instant::compareTo);
    }

    private DeliveryRound finish(DeliveryRound.Tally tally, Predicate<OutboxItem> which) throws OutboxException {
        List<OutboxItem> pending = outbox.items(Set.of(ItemStatus.PENDING)).stream().filter(which).toList();
        Optional<Instant> next = pending.stream().map(i -> i.nextAttemptAt().orElse(Instant.EPOCH))
                .min(Instant::compareTo);
        return tally.round(pending.size(), next);
    }

    /** The adapters opened during one call, by target key, and the targets that could not be opened. */
    private final class Adapters implements AutoCloseable {
        private final Map<String, EhrAdapter> open = new HashMap<>();
        private final Map<String, String> blocked = new HashMap<>();
        private final Set<String> reported = new HashSet<>();

        Optional<EhrAdapter> open(DeliveryTarget target, DeliveryRound.Tally tally) {
            EhrAdapter adapter = open.get(target.key());
            if (adapter != null) {
                return Optional.of(adapter);
            }
            try {
                adapter = opener.open(target);
                open.put(target.key(), adapter);
                return Optional.of(adapter);
            } catch (AdapterConfigurationException | RuntimeException e) {
                String problem = e instanceof AdapterConfigurationException
                        ? e.getMessage()
                        : "adapter " + target.adapter() + " could not be opened (" + e.getClass().getName() + ")";
                blocked.put(target.key(), problem);
                if (reported.add(target.key())) {
                    tally.targetProblem(problem);
                    LOG.warn("outbox: {}; its items wait", problem);
                }
                return Optional.empty();
            }
        }

        void discard(String key) {
            EhrAdapter adapter = open.remove(key);
            if (adapter != null) {
                closeQuietly(adapter);
            }
        }

        @Override
        public void close() {
            open.values().forEach(Courier::closeQuietly);
            open.clear();
        }
    }

    private static void closeQuietly(EhrAdapter adapter) {
        try {
            adapter.close();
        } catch (RuntimeException e) {
            LOG.debug("closing an adapter failed ({})", e.getClass().getName());
        }
    }
}

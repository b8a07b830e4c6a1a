package io.clinscribe.delivery.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a courier's work came to: the items it attempted and how each ended, the targets it could not open,
 * and what is still waiting. Ids and adapter messages only.
 *
 * @param delivered        items now DELIVERED
 * @param partial          items now PARTIAL (some entries rejected)
 * @param failed           items now FAILED (refused, unreadable, or given up on)
 * @param rescheduled      attempts that failed for now and were put back to wait
 * @param targetProblems   why an adapter could not be opened (a missing secret, a wrong setting); its items wait
 * @param stillPending     items still PENDING when the courier returned
 * @param nextAttemptAt    when the earliest of those is due
 */
public record DeliveryRound(List<Long> delivered, List<Long> partial, List<Long> failed, int rescheduled,
                            List<String> targetProblems, int stillPending, Optional<Instant> nextAttemptAt) {

    public DeliveryRound {
        delivered = List.copyOf(delivered);
        partial = List.copyOf(partial);
        failed = List.copyOf(failed);
        targetProblems = List.copyOf(targetProblems);
    }

    /** Whether nothing is left waiting: every item is DELIVERED, PARTIAL or FAILED. */
    public boolean finished() {
        return stillPending == 0;
    }

    /** Whether everything ended delivered: nothing waiting, rejected or failed. */
    public boolean allDelivered() {
        return finished() && partial.isEmpty() && failed.isEmpty() && targetProblems.isEmpty();
    }

    static final class Tally {
        private final List<Long> delivered = new ArrayList<>();
        private final List<Long> partial = new ArrayList<>();
        private final List<Long> failed = new ArrayList<>();
        private final List<String> targetProblems = new ArrayList<>();
        private int rescheduled;

        void ended(long id, ItemStatus status) {
            switch (status) {
                case DELIVERED -> delivered.add(id);
                case PARTIAL -> partial.add(id);
                case FAILED -> failed.add(id);
                case PENDING -> rescheduled++;
                case IN_FLIGHT -> throw new IllegalArgumentException("an attempt ends in a final state or PENDING");
            }
        }

        void targetProblem(String problem) {
            targetProblems.add(problem);
        }

        DeliveryRound round(int stillPending, Optional<Instant> nextAttemptAt) {
            return new DeliveryRound(delivered, partial, failed, rescheduled, targetProblems, stillPending,
                    nextAttemptAt);
        }
    }
}

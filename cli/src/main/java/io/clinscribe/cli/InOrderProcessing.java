package io.clinscribe.cli;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs a piece of work over many inputs on a few threads and hands the results on in input order, with
 * a bounded number in flight so memory stays flat however many inputs there are.
 */
final class InOrderProcessing {

    /** Receives each result, in input order. */
    @FunctionalInterface
    interface ResultSink<I, R> {
        void accept(I input, R result) throws Exception;
    }

    private InOrderProcessing() {
    }

    static <I, R> void run(int threads, List<I> inputs, Function<I, R> work, ResultSink<I, R> sink) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
            int next = 0;
            for (I input : inputs) {
                while (next < inputs.size() && inFlight.size() < 2 * threads) {
                    I queued = inputs.get(next++);
                    inFlight.add(pool.submit(() -> work.apply(queued)));
                }
                R result;
                try {
                    result = inFlight.poll().get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
                sink.accept(input, result);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

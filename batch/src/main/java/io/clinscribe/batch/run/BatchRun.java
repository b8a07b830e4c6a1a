package io.clinscribe.batch.run;

import io.clinscribe.batch.document.ProcessedDocument;
import io.clinscribe.batch.routing.InputKind;
import io.clinscribe.batch.routing.MixedInputs;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.ProcessingProblem;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A batch on one machine: each input routed by kind and processed on one of a few worker threads, its
 * result written as soon as it is done, then the run report. Resumable: an input whose result is there,
 * succeeded, and was made from the same bytes is skipped; a failed one is tried again. One bad input
 * never stops the run. If the JVM is stopped (Ctrl-C), the report is still written, marked interrupted.
 */
public final class BatchRun {

    private static final Logger LOG = LoggerFactory.getLogger(BatchRun.class);

    /** Memory one worker needs with every capability loaded (text pipeline, recogniser, Tesseract). */
    public static final long BYTES_PER_WORKER = 1_200L * 1024 * 1024;

    /** Receives each document processed in this run (not the skipped ones), on the thread that called {@link #run}. */
    @FunctionalInterface
    public interface DocumentSink {
        DocumentSink NONE = document -> { };

        void accept(ClinicalDocument document) throws Exception;
    }

    private final MixedInputs processor;
    private final ResultFiles results;
    private final int workers;
    private final Clock clock;

    public BatchRun(MixedInputs processor, ResultFiles results, int workers, Clock clock) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        this.processor = processor;
        this.results = results;
        this.workers = workers;
        this.clock = clock;
    }

    /**
     * Java heap the shared models take, and each worker's engines on top: on a mixed folder the heap after a
     * young collection held 215 MB with one worker and 255-300 MB with four.
     */
    static final long SHARED_HEAP_BYTES = 320L * 1024 * 1024;
    static final long HEAP_PER_WORKER = 32L * 1024 * 1024;

    /**
     * One worker per core, as many as the machine's memory holds at {@link #BYTES_PER_WORKER} each and the
     * Java heap at {@link #HEAP_PER_WORKER} each (the launcher's default heap holds about 20).
     */
    public static int defaultWorkers() {
        int cores = Runtime.getRuntime().availableProcessors();
        long heap = Runtime.getRuntime().maxMemory();
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : heap;
        long heapWorkers = (heap - SHARED_HEAP_BYTES) / HEAP_PER_WORKER;
        return (int) Math.max(1, Math.min(cores, Math.min(memory / BYTES_PER_WORKER, heapWorkers)));
    }

    /**
     * Processes the inputs and writes the report ({@value ResultFiles#REPORT} and its summary,
     * {@value ResultFiles#SUMMARY}, in the result folder).
     *
     * @param description what the run was given (the folder or manifest), for the report
     */
    public RunReport run(String description, List<BatchInput> inputs, RunProgress progress, DocumentSink sink)
            throws IOException, InterruptedException {
        results.removeLeftovers();
        RunReport report = new RunReport(description, inputs.size(), workers, clock.instant());
        Thread onStop = new Thread(() -> {
            report.end(clock.instant(), true);
            writeQuietly(report);
        }, "clinscribe-batch-report");
        Runtime.getRuntime().addShutdownHook(onStop);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            ExecutorCompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
            int next = 0;
            int inFlight = 0;
            progress.update(0);
            while (next < inputs.size() || inFlight > 0) {
                // a bounded number in flight: finished documents do not pile up in memory
                while (next < inputs.size() && inFlight < 2 * workers) {
                    BatchInput input = inputs.get(next++);
                    done.submit(() -> process(input));
                    inFlight++;
                }
                Future<Outcome> finished = done.poll(500, TimeUnit.MILLISECONDS);
                if (finished != null) {
                    inFlight--;
                    Outcome outcome = outcome(finished);
                    report.add(outcome, results.resultOf(outcome.input()).getFileName().toString());
                    if (outcome.document().isPresent()) {
                        try {
                            sink.accept(outcome.document().get());
                        } catch (Exception e) {
                            throw new IOException("cannot hand on " + outcome.input().name() + ": " + e.getMessage(), e);
                        }
                    }
                }
                progress.update(report.done());
            }
            progress.finish(report.done());
        } finally {
            pool.shutdownNow();
        }
        report.end(clock.instant(), false);
        write(report);
        try {
            Runtime.getRuntime().removeShutdownHook(onStop);
        } catch (IllegalStateException e) {
            // already shutting down: the hook writes the same report again, harmless
        }
        return report;
    }

    private Outcome process(BatchInput input) {
        InputKind kind = InputKind.of(input.file());
        if (results.isDone(input)) {
            return Outcome.skipped(input, kind);
        }
        ProcessedDocument result;
        try {
            result = processor.process(input.id(), input.file(), kind);
        } catch (RuntimeException e) {
            // a capability's bug must not stop the batch; the class name only, the message may quote the note
            LOG.warn("{} failed: {}", input.name(), e.getClass().getName());
            result = ProcessedDocument.of(ClinicalDocument.failed(input.id(), ProcessingProblem.error("processing-error",
                    input.name() + ": processing failed (" + e.getClass().getSimpleName() + ")")));
        } catch (OutOfMemoryError e) {
            // One input too big for this worker's share of the heap: what it held is garbage now, and the
            // other inputs need far less. Reported, not retried; the message says what to change.
            LOG.warn("{} failed: out of memory", input.name());
            result = ProcessedDocument.of(ClinicalDocument.failed(input.id(), ProcessingProblem.error("out-of-memory",
                    input.name() + ": not enough memory to process it" + (workers > 1
                            ? " alongside " + (workers - 1) + " other workers; run it with fewer --threads or"
                            : "; run it with") + " a larger heap (JAVA_OPTS=-Xmx4g)")));
        }
        try {
            results.write(input, result);
            return new Outcome(input, kind, Optional.of(result.document()), result.formName(), Optional.empty());
        } catch (IOException e) {
            return new Outcome(input, kind, Optional.of(result.document()), result.formName(),
                    Optional.of("cannot write " + results.resultOf(input) + ": " + e.getMessage()));
        }
    }

    private static Outcome outcome(Future<Outcome> finished) throws IOException, InterruptedException {
        try {
            return finished.get();
        } catch (ExecutionException e) {
            throw new IOException("a batch worker failed: " + e.getCause(), e.getCause());
        }
    }

    private void write(RunReport report) throws IOException {
        report.write(results.folder().resolve(ResultFiles.REPORT));
        report.writeSummary(results.folder().resolve(ResultFiles.SUMMARY));
    }

    private void writeQuietly(RunReport report) {
        try {
            write(report);
        } catch (IOException | RuntimeException e) {
            // stopping: nothing more to do than leave the results, which are whole
        }
    }
}

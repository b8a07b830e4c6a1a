package io.clinscribe.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinscribe.batch.routing.MixedInputs;
import io.clinscribe.batch.run.BatchInput;
import io.clinscribe.batch.run.BatchRun;
import io.clinscribe.batch.run.ResultFiles;
import io.clinscribe.batch.run.RunProgress;
import io.clinscribe.batch.run.RunReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One timed pass of the local batch: every input through {@link BatchRun} into a fresh result folder (so
 * writing the results is part of the time), the folder deleted afterwards. What the run report says about
 * documents, failures and entries to review comes with the time, so a broken pass is never taken for a
 * fast one.
 */
final class BatchPass {

    /**
     * What one pass did and what it cost.
     *
     * @param jitMillis time the JIT compilers spent during the pass (much of it in a warm pass: not warm yet)
     * @param gcMillis  time the garbage collectors spent during the pass
     * @param load1     the one-minute load average when the pass started (other work on the machine), -1 if unknown
     */
    record Figures(int documents, int failed, int skipped, long entries, int needsReview, List<String> failures,
                   long wallNanos, ProcessUsage cpu, long jitMillis, long gcMillis, double load1) {

        double seconds() {
            return wallNanos / 1e9;
        }

        double documentsPerSecond() {
            return wallNanos <= 0 ? 0 : documents / seconds();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MixedInputs processor;
    private final int workers;
    private final Path scratch;

    /** @param scratch where each pass's result folder is made and removed */
    BatchPass(MixedInputs processor, int workers, Path scratch) {
        this.processor = processor;
        this.workers = workers;
        this.scratch = scratch;
    }

    Figures run(String description, List<BatchInput> inputs) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory(scratch, "out-");
        try {
            // the batch's progress lines would interleave with the figures; each pass is reported when it ends
            RunProgress quiet = RunProgress.to(new PrintWriter(Writer.nullWriter()), inputs.size(), false);
            double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long jit = jitMillis();
            long gc = gcMillis();
            ProcessUsage before = ProcessUsage.now();
            long start = System.nanoTime();
            RunReport report = new BatchRun(processor, new ResultFiles(out), workers, Clock.systemUTC())
                    .run(description, inputs, quiet, BatchRun.DocumentSink.NONE);
            long wall = System.nanoTime() - start;
            ProcessUsage cpu = ProcessUsage.now().since(before);
            jit = jitMillis() - jit;
            gc = gcMillis() - gc;
            // counts of entries and of documents to review are in the written report only
            JsonNode written = JSON.readTree(out.resolve(ResultFiles.REPORT).toFile());
            List<String> failures = new ArrayList<>();
            for (JsonNode f : written.path("failures")) {
                failures.add(f.path("file").asText() + ": " + f.path("code").asText());
            }
            return new Figures(report.processed() + report.failed(), report.failed(), report.skipped(),
                    written.path("entries").asLong(), written.path("needsReview").size(), List.copyOf(failures), wall, cpu, jit, gc, load1);
        } finally {
            delete(out);
        }
    }

    private static long jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package io.clinscribe.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clinscribe.batch.routing.InputKind;
import io.clinscribe.batch.routing.MixedInputs;
import io.clinscribe.batch.routing.ProcessingSettings;
import io.clinscribe.batch.run.BatchInput;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code clinscribe bench batch}: the local batch's documents per second with one and more workers,
 * repeated so the figures can be compared between runs and machines: a first pass that loads the models,
 * untimed warm-up passes until the JIT settles (it goes on compiling cTAKES for several passes), then warm passes whose median and spread are reported, CPU time (the JVM's and its child processes'),
 * peak RSS and heap, the scaling ratio, and the counts of documents, failures and entries to review, which
 * must be the same in every pass. Printed, never asserted.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Measure the local batch ('clinscribe batch') on INPUTs: folders or manifests",
                "of mixed inputs, and .jsonl files of notes ('transcription' or 'text' field,",
                "e.g. MTSamples) whose first --notes-limit notes are written as .txt files to a",
                "scratch folder. For each --threads count, with its own models: a first pass",
                "(models loading), untimed warm-up passes until the JIT settles, then --repeat",
                "warm passes, each writing its results to a fresh scratch folder. Reports",
                "documents/s (median, min-max), wall and CPU ms per document of each kind (a",
                "warm pass of that kind alone), CPU per pass (the JVM's, in-process Tesseract",
                "included, and its child processes': PocketSphinx, sox), JIT and GC time, peak",
                "RSS and heap, the scaling ratio over the first --threads count, and the",
                "documents, failures and entries to review. Exit 1 if passes disagree on",
                "documents or failures. Scratch folders are removed; nothing is written next to",
                "the inputs. Run with OMP_THREAD_LIMIT=1 on a quiet machine."})
final class BatchBenchCommand implements Callable<Integer> {

    static final String SCHEMA = "clinscribe.bench-batch/v1";

    static final String CPU_INCLUDES = "jvm: every thread of the JVM, Java and native code called in-process "
            + "(Tesseract through JNA, the cTAKES pipeline); children: CPU of child processes the JVM waited for "
            + "(PocketSphinx and sox run as programs per recording), from cutime+cstime in /proc/self/stat";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "A folder or manifest of inputs (as 'clinscribe batch' takes them), or a .jsonl file of notes.")
    List<Path> sources;

    @Option(names = "--notes-limit", paramLabel = "N", defaultValue = "300",
            description = "Notes taken from each .jsonl INPUT (default: ${DEFAULT-VALUE}).")
    int notesLimit;

    @Option(names = "--threads", paramLabel = "N", split = ",", defaultValue = "1,2",
            description = "Worker counts to measure, each with its own models (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "6",
            description = "At most W untimed passes after the first, until the JIT settles (compiles for under "
                    + "5%% of a pass); the JIT goes on compiling cTAKES for several passes, longer with more "
                    + "workers starving it (default: ${DEFAULT-VALUE}; their figures are in --json).")
    int warmup;

    /** A pass whose JIT compilation time is under this share of its wall time counts as warm. */
    static final double SETTLED_JIT_SHARE = 0.05;

    @Option(names = "--repeat", paramLabel = "R", defaultValue = "3",
            description = "Warm passes per worker count (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--json", description = "Print the figures as one JSON object (schema " + SCHEMA + ").")
    boolean json;

    /** The figures of one worker count. */
    record ThreadFigures(int threads, BatchPass.Figures first, List<BatchPass.Figures> warmup, List<BatchPass.Figures> warm,
                         Map<InputKind, BatchPass.Figures> byKind, PeakMemory.Peak peak,
                         double[] loadBefore, double[] loadAfter) {

        double medianRate() {
            return median(warm.stream().mapToDouble(BatchPass.Figures::documentsPerSecond).toArray());
        }

        double minRate() {
            return warm.stream().mapToDouble(BatchPass.Figures::documentsPerSecond).min().orElse(0);
        }

        double maxRate() {
            return warm.stream().mapToDouble(BatchPass.Figures::documentsPerSecond).max().orElse(0);
        }

        double medianCpuSeconds() {
            return median(warm.stream().mapToDouble(f -> f.cpu().totalNanos() / 1e9).toArray());
        }
    }

    @Override
    public Integer call() throws Exception {
        if (repeat < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--repeat must be at least 1");
        }
        if (warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--warmup must be 0 or more");
        }
        if (notesLimit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--notes-limit must be at least 1");
        }
        if (threads.isEmpty() || threads.stream().anyMatch(t -> t == null || t < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must list worker counts of at least 1");
        }
        for (Path source : sources) {
            if (!Files.exists(source)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        source + ": no such folder, manifest or .jsonl file of notes");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path scratch = Files.createTempDirectory("clinscribe-bench-batch-");
        try {
            BenchInputSet set = BenchInputSet.gather(sources, notesLimit, scratch.resolve("notes"));
            if (set.inputs().isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no inputs found in " + sources);
            }
            if (!"1".equals(System.getenv("OMP_THREAD_LIMIT"))) {
                err.println("bench batch: OMP_THREAD_LIMIT is not 1: Tesseract's own threads will compete with the workers");
            }
            err.printf(Locale.ROOT, "bench batch: %d documents: %s%n", set.inputs().size(), set.makeUp());
            err.flush();
            List<ThreadFigures> figures = new ArrayList<>();
            for (int t : threads) {
                figures.add(measure(t, set, scratch.resolve("results"), err));
            }
            List<String> disagreements = disagreements(figures);
            if (json) {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(toJson(set, figures, disagreements)));
            } else {
                print(out, set, figures, disagreements);
            }
            out.flush();
            return disagreements.isEmpty() ? 0 : ClinscribeCommand.SOME_INPUTS_FAILED;
        } finally {
            BatchPass.delete(scratch);
        }
    }

    private ThreadFigures measure(int workers, BenchInputSet set, Path results, PrintWriter err) throws Exception {
        Files.createDirectories(results);
        // the previous worker count's models are closed; collect them so its memory is not counted here
        System.gc();
        PeakMemory memory = PeakMemory.ofThisProcess();
        memory.reset();
        double[] loadBefore = loadAverage();
        BatchPass.Figures first;
        List<BatchPass.Figures> warming = new ArrayList<>();
        List<BatchPass.Figures> warm = new ArrayList<>();
        Map<InputKind, BatchPass.Figures> byKind = new EnumMap<>(InputKind.class);
        String label = workers + (workers == 1 ? " thread" : " threads");
        try (MixedInputs processor = new MixedInputs(workers, ProcessingSettings.defaults())) {
            BatchPass pass = new BatchPass(processor, workers, results);
            first = pass.run("bench batch, first pass", set.inputs());
            report(err, label + ", first pass incl. model loading", first);
            // a fixed count of warm-up passes favoured whichever worker count came second (measured: 2 workers
            // first ran at 17.5 documents/s with 7 s of JIT a pass, second at 58): warm up until the JIT settles
            BatchPass.Figures last = first;
            for (int w = 1; w <= warmup && !settled(last); w++) {
                last = pass.run("bench batch, warm-up pass " + w, set.inputs());
                warming.add(last);
                report(err, label + ", warm-up pass " + w + " (not counted)", last);
            }
            for (int r = 1; r <= repeat; r++) {
                BatchPass.Figures figures = pass.run("bench batch, warm pass " + r, set.inputs());
                warm.add(figures);
                report(err, label + ", warm pass " + r + "/" + repeat, figures);
            }
            if (set.documentsByKind().size() > 1) {
                // a document's own time cannot be told apart inside a mixed pass (the run report keeps no
                // durations, and with several workers documents overlap): one warm pass per kind instead
                for (InputKind kind : set.documentsByKind().keySet()) {
                    BatchPass.Figures figures = pass.run("bench batch, " + kind.code() + " only", set.ofKind(kind));
                    byKind.put(kind, figures);
                    report(err, label + ", " + kind.code() + " only", figures);
                }
            } else if (!set.documentsByKind().isEmpty()) {
                byKind.put(set.documentsByKind().keySet().iterator().next(), medianPass(warm));
            }
        }
        return new ThreadFigures(workers, first, warming, warm, byKind, memory.read(), loadBefore, loadAverage());
    }

    /** Whether the JIT compiled for less than {@link #SETTLED_JIT_SHARE} of the pass. */
    static boolean settled(BatchPass.Figures pass) {
        return pass.jitMillis() < SETTLED_JIT_SHARE * pass.wallNanos() / 1e6;
    }

    private static void report(PrintWriter err, String what, BatchPass.Figures f) {
        err.printf(Locale.ROOT, "bench batch: %s: %d documents (%d failed) in %.2f s, %.1f documents/s, %.1f s CPU,"
                        + " JIT %.1f s, GC %.1f s, load %.2f%n", what, f.documents(), f.failed(), f.seconds(),
                f.documentsPerSecond(), f.cpu().totalNanos() / 1e9, f.jitMillis() / 1e3, f.gcMillis() / 1e3, f.load1());
        err.flush();
    }

    /** The warm pass with the median wall time (the lower middle one for an even count). */
    private static BatchPass.Figures medianPass(List<BatchPass.Figures> warm) {
        List<BatchPass.Figures> sorted = warm.stream().sorted(java.util.Comparator.comparingLong(BatchPass.Figures::wallNanos)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** Every pass over the whole set must agree on documents and failures; a pass that does not is named. */
    static List<String> disagreements(List<ThreadFigures> figures) {
        List<String> found = new ArrayList<>();
        BatchPass.Figures reference = figures.get(0).first();
        for (ThreadFigures t : figures) {
            List<BatchPass.Figures> passes = new ArrayList<>();
            List<String> names = new ArrayList<>();
            passes.add(t.first());
            names.add("first pass");
            for (int i = 0; i < t.warmup().size(); i++) {
                passes.add(t.warmup().get(i));
                names.add("warm-up pass " + (i + 1));
            }
            for (int i = 0; i < t.warm().size(); i++) {
                passes.add(t.warm().get(i));
                names.add("warm pass " + (i + 1));
            }
            for (int i = 0; i < passes.size(); i++) {
                BatchPass.Figures p = passes.get(i);
                if (p.documents() != reference.documents() || p.failed() != reference.failed()) {
                    found.add(String.format(Locale.ROOT, "%d threads, %s: %d documents, %d failed (first pass: %d, %d)",
                            t.threads(), names.get(i), p.documents(), p.failed(),
                            reference.documents(), reference.failed()));
                }
            }
        }
        return found;
    }

    private void print(PrintWriter out, BenchInputSet set, List<ThreadFigures> figures, List<String> disagreements) {
        out.printf(Locale.ROOT, "input set: %d documents, %.2f MB: %s%n", set.inputs().size(), set.totalBytes() / 1e6,
                set.makeUp());
        out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MiB, OMP_THREAD_LIMIT=%s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Optional.ofNullable(System.getenv("OMP_THREAD_LIMIT")).orElse("unset"));
        for (ThreadFigures t : figures) {
            out.printf(Locale.ROOT, "%d %s (load average %s before, %s after):%n", t.threads(),
                    t.threads() == 1 ? "thread" : "threads", load(t.loadBefore()), load(t.loadAfter()));
            out.printf(Locale.ROOT, "  first pass incl. model loading: %.2f s (%.1f documents/s)%n",
                    t.first().seconds(), t.first().documentsPerSecond());
            out.printf(Locale.ROOT, "  warm, %d passes: median %.1f documents/s (min %.1f, max %.1f), %.2f s per pass%n",
                    t.warm().size(), t.medianRate(), t.minRate(), t.maxRate(), set.inputs().size() / t.medianRate());
            BatchPass.Figures median = medianPass(t.warm());
            out.printf(Locale.ROOT, "  CPU per warm pass (median pass): %.1f s JVM (incl. in-process Tesseract) + %s child processes"
                            + " (PocketSphinx, sox) = %.1f s, %.0f%% of %d cores%n",
                    cpuSeconds(median.cpu().processNanos()), median.cpu().childNanos() < 0 ? "unknown"
                            : String.format(Locale.ROOT, "%.1f s", median.cpu().childNanos() / 1e9),
                    median.cpu().totalNanos() / 1e9, 100.0 * median.cpu().totalNanos() / median.wallNanos()
                            / Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors());
            out.printf(Locale.ROOT, "  warm passes: CPU %.1f ms per document (median pass; less disturbed by other load than"
                            + " wall time), JIT %.1f s, GC %.1f s; load average at their start %s%n",
                    median.cpu().totalNanos() / 1e6 / Math.max(1, median.documents()), median.jitMillis() / 1e3,
                    median.gcMillis() / 1e3, t.warm().stream().map(f -> String.format(Locale.ROOT, "%.2f", f.load1()))
                            .collect(java.util.stream.Collectors.joining(", ")));
            long unsettled = t.warm().stream().filter(f -> !settled(f)).count();
            if (unsettled > 0) {
                // one pass with a late compilation barely moves the median; most of them does
                out.printf(Locale.ROOT, "  %s: the JIT compiled for over %.0f%% of %d of the %d warm passes%s%n",
                        2 * unsettled > t.warm().size() ? "NOT STEADY" : "note", SETTLED_JIT_SHARE * 100, unsettled,
                        t.warm().size(), 2 * unsettled > t.warm().size() ? ": raise --warmup" : "");
            }
            StringBuilder kinds = new StringBuilder();
            t.byKind().forEach((kind, f) -> kinds.append(String.format(Locale.ROOT, "%n    %-5s %4d documents: %7.1f ms wall, %7.1f ms CPU per document",
                    kind.code(), f.documents(), f.wallNanos() / 1e6 / f.documents(), f.cpu().totalNanos() / 1e6 / f.documents())));
            out.printf(Locale.ROOT, "  per kind (%s):%s%n", set.documentsByKind().size() > 1
                    ? "a warm pass of that kind alone" : "the median warm pass", kinds);
            out.printf(Locale.ROOT, "  peak RSS %s (%s), peak heap %.0f MiB used, %.0f MiB committed%n",
                    t.peak().rssBytes().map(b -> String.format(Locale.ROOT, "%.0f MiB", b / 1048576.0)).orElse("unknown"),
                    t.peak().rssSource(), t.peak().heapUsedBytes() / 1048576.0, t.peak().heapCommittedBytes() / 1048576.0);
            out.printf(Locale.ROOT, "  results: %d documents, %d failed, %d to review, %d entries%n", t.first().documents(),
                    t.first().failed(), t.first().needsReview(), t.first().entries());
            for (String failure : t.first().failures()) {
                out.println("    failed: " + failure);
            }
        }
        ThreadFigures base = figures.get(0);
        for (ThreadFigures t : figures.subList(1, figures.size())) {
            out.printf(Locale.ROOT, "scaling: %d threads over %d: %.2fx (median warm documents/s)%n", t.threads(),
                    base.threads(), t.medianRate() / base.medianRate());
        }
        if (figures.size() > 1) {
            out.println("note: the first pass of a later thread count reloads the models, but the JIT and the file cache are warm by then");
        }
        for (String d : disagreements) {
            out.println("PASSES DISAGREE: " + d);
        }
    }

    private ObjectNode toJson(BenchInputSet set, List<ThreadFigures> figures, List<String> disagreements) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", SCHEMA);
        ArrayNode inputs = root.putArray("inputs");
        sources.forEach(s -> inputs.add(s.toString()));
        root.put("notesLimit", notesLimit);
        root.put("warmupMax", warmup);
        root.put("repeat", repeat);
        root.put("documents", set.inputs().size());
        root.put("bytes", set.totalBytes());
        ObjectNode kinds = root.putObject("byKind");
        set.documentsByKind().forEach((kind, n) -> kinds.putObject(kind.code()).put("documents", n)
                .put("bytes", set.bytesByKind().get(kind)));
        ObjectNode machine = root.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version"));
        machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("ompThreadLimit", System.getenv("OMP_THREAD_LIMIT"));
        root.put("cpuIncludes", CPU_INCLUDES);
        root.put("perKindMethod", set.documentsByKind().size() > 1
                ? "one warm pass over the documents of that kind alone, same worker count" : "the median warm pass");
        ArrayNode runs = root.putArray("runs");
        for (ThreadFigures t : figures) {
            ObjectNode run = runs.addObject();
            run.put("threads", t.threads());
            array(run.putArray("loadAverageBefore"), t.loadBefore());
            array(run.putArray("loadAverageAfter"), t.loadAfter());
            pass(run.putObject("firstPass"), t.first());
            ArrayNode warming = run.putArray("warmupPasses");
            t.warmup().forEach(f -> pass(warming.addObject(), f));
            ArrayNode warm = run.putArray("warmPasses");
            t.warm().forEach(f -> pass(warm.addObject(), f));
            run.putObject("warmDocumentsPerSecond").put("median", round(t.medianRate())).put("min", round(t.minRate()))
                    .put("max", round(t.maxRate()));
            run.put("warmPassesNotSettled", t.warm().stream().filter(f -> !settled(f)).count());
            run.put("warmCpuSecondsMedian", round(t.medianCpuSeconds()));
            run.put("warmCpuMsPerDocumentMedian", round(t.medianCpuSeconds() * 1000 / Math.max(1, t.first().documents())));
            ObjectNode perKind = run.putObject("perKind");
            t.byKind().forEach((kind, f) -> perKind.putObject(kind.code()).put("documents", f.documents())
                    .put("failed", f.failed()).put("seconds", round(f.seconds()))
                    .put("wallMsPerDocument", round(f.wallNanos() / 1e6 / f.documents()))
                    .put("cpuMsPerDocument", round(f.cpu().totalNanos() / 1e6 / f.documents())));
            ObjectNode memory = run.putObject("memory");
            t.peak().rssBytes().ifPresentOrElse(b -> memory.put("peakRssMiB", round(b / 1048576.0)),
                    () -> memory.putNull("peakRssMiB"));
            memory.put("rssSource", t.peak().rssSource());
            memory.put("peakHeapUsedMiB", round(t.peak().heapUsedBytes() / 1048576.0));
            memory.put("peakHeapCommittedMiB", round(t.peak().heapCommittedBytes() / 1048576.0));
            run.put("documents", t.first().documents());
            run.put("failed", t.first().failed());
            run.put("needsReview", t.first().needsReview());
            run.put("entries", t.first().entries());
            ArrayNode failures = run.putArray("failures");
            t.first().failures().forEach(failures::add);
        }
        ArrayNode scaling = root.putArray("scaling");
        ThreadFigures base = figures.get(0);
        for (ThreadFigures t : figures.subList(1, figures.size())) {
            scaling.addObject().put("threads", t.threads()).put("over", base.threads())
                    .put("ratio", round(t.medianRate() / base.medianRate()));
        }
        root.put("consistent", disagreements.isEmpty());
        ArrayNode problems = root.putArray("disagreements");
        disagreements.forEach(problems::add);
        return root;
    }

    private static void pass(ObjectNode node, BatchPass.Figures f) {
        node.put("seconds", round(f.seconds()));
        node.put("documents", f.documents());
        node.put("failed", f.failed());
        node.put("skipped", f.skipped());
        node.put("needsReview", f.needsReview());
        node.put("entries", f.entries());
        node.put("documentsPerSecond", round(f.documentsPerSecond()));
        ObjectNode cpu = node.putObject("cpuSeconds");
        if (f.cpu().processNanos() < 0) {
            cpu.putNull("jvm");
        } else {
            cpu.put("jvm", round(f.cpu().processNanos() / 1e9));
        }
        if (f.cpu().childNanos() < 0) {
            cpu.putNull("children");
        } else {
            cpu.put("children", round(f.cpu().childNanos() / 1e9));
        }
        cpu.put("total", round(f.cpu().totalNanos() / 1e9));
        node.put("cpuMsPerDocument", round(f.cpu().totalNanos() / 1e6 / Math.max(1, f.documents())));
        node.put("jitSeconds", round(f.jitMillis() / 1e3));
        node.put("gcSeconds", round(f.gcMillis() / 1e3));
        node.put("loadAverage1", f.load1());
    }

    private static void array(ArrayNode node, double[] values) {
        for (double v : values) {
            node.add(v);
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static double cpuSeconds(long nanos) {
        return nanos < 0 ? Double.NaN : nanos / 1e9;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The 1, 5 and 15 minute load averages (/proc/loadavg), or the JVM's 1 minute figure elsewhere. */
    private static double[] loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
        } catch (Exception e) {
            return new double[] {java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()};
        }
    }

    private static String load(double[] load) {
        StringBuilder s = new StringBuilder();
        for (double l : load) {
            s.append(s.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", l));
        }
        return s.toString();
    }
}

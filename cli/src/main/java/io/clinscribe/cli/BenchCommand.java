package io.clinscribe.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinscribe.pipeline.ClinicalTextPipeline;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code clinscribe bench}: throughput, latency, cold start and peak heap of the text pipeline on a
 * set of notes. Figures are printed, never asserted: speed depends on the machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the text pipeline: cold start to first result, notes per second and ms per",
                "1,000 characters on one thread and on all cores (after warm-up), and peak heap.",
                "Input: JSON Lines with a 'transcription' or 'text' field (e.g. MTSamples), or a folder of .txt files.",
                "Subcommands: 'dictation', 'delivery' (to an EHR), 'batch' (the local batch)."},
        subcommands = {DictationBenchCommand.class, DeliveryBenchCommand.class, BatchBenchCommand.class})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NOTES", description = "A .jsonl file of notes or a folder of .txt notes.")
    Path notes;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "300", description = "Notes to measure (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "100", description = "Notes processed before timing (default: ${DEFAULT-VALUE}).")
    int warmup;

    @picocli.CommandLine.Mixin
    PipelineOptions pipelineOptions;

    @Override
    public Integer call() throws Exception {
        if (notes == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "give NOTES (a .jsonl file or a folder of .txt notes) or a subcommand (dictation)");
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        List<String> texts = load(notes, Math.max(limit, warmup));
        if (texts.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no notes found in " + notes);
        }
        int cores = pipelineOptions.threads();
        PrintWriter out = spec.commandLine().getOut();
        long buildStart = System.nanoTime();
        try (ClinicalTextPipeline pipeline = pipelineOptions.build()) {
            long built = System.nanoTime();
            pipeline.process("first", texts.get(0));
            long first = System.nanoTime();
            out.printf("cold start: pipeline built in %.2f s, first result after %.2f s (%.2f s since JVM start)%n",
                    (built - buildStart) / 1e9, (first - buildStart) / 1e9,
                    (System.currentTimeMillis() - jvmStart) / 1e3);
            for (int i = 0; i < Math.min(warmup, texts.size()); i++) {
                pipeline.process("warmup-" + i, texts.get(i));
            }
            List<String> measured = texts.subList(0, Math.min(limit, texts.size()));
            long chars = measured.stream().mapToLong(String::length).sum();
            // one thread
            long t0 = System.nanoTime();
            int failed = 0;
            for (int i = 0; i < measured.size(); i++) {
                failed += pipeline.process("n" + i, measured.get(i)).failed() ? 1 : 0;
            }
            double single = (System.nanoTime() - t0) / 1e9;
            out.printf("1 thread:   %d notes (%d chars, mean %.0f chars/note) in %.2f s: %.1f notes/s, %.2f ms per 1,000 chars%n",
                    measured.size(), chars, (double) chars / measured.size(), single, measured.size() / single,
                    single * 1000 / (chars / 1000.0));
            // notes of 2-3 KB, the size the target is stated for
            List<String> midSize = measured.stream().filter(t -> t.length() >= 2000 && t.length() <= 3000).toList();
            if (!midSize.isEmpty()) {
                long m0 = System.nanoTime();
                for (int i = 0; i < midSize.size(); i++) {
                    pipeline.process("m" + i, midSize.get(i));
                }
                double mid = (System.nanoTime() - m0) / 1e9;
                out.printf("1 thread, 2-3 KB notes: %d notes: %.1f notes/s%n", midSize.size(), midSize.size() / mid);
            }
            // all cores
            long p0 = System.nanoTime();
            InOrderProcessing.run(cores, measured, text -> pipeline.process("bench", text), (text, doc) -> { });
            double parallel = (System.nanoTime() - p0) / 1e9;
            out.printf("%d threads:  %.1f notes/s, %.2f ms per 1,000 chars (wall clock)%n", cores,
                    measured.size() / parallel, parallel * 1000 / (chars / 1000.0));
            out.printf("peak heap:  %.0f MiB (max %d MiB)%n", peakHeapMiB(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            if (failed > 0) {
                out.printf("failed:     %d notes%n", failed);
            }
        }
        out.flush();
        return 0;
    }

    private static double peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }

    static List<String> load(Path source, int max) throws Exception {
        List<String> texts = new ArrayList<>();
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.list(source)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    if (texts.size() >= max) {
                        break;
                    }
                    texts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
            return texts;
        }
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null && texts.size() < max) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                JsonNode text = node.has("transcription") ? node.get("transcription") : node.get("text");
                if (text != null && text.isTextual() && !text.textValue().isBlank()) {
                    texts.add(text.textValue());
                }
            }
        }
        return texts;
    }
}

package io.clinscribe.comparison.ctakes;

import io.clinscribe.evaluation.negex.NegexKitEvaluation;
import io.clinscribe.evaluation.negex.NegexKitReport;
import io.clinscribe.record.Span;
import org.apache.uima.UIMAException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Scores cTAKES 5.1.0's own assertion annotators on the NegEx/ConText test kit exactly as
 * {@code NegexKitEvaluation} scores clinscribe's detector: same condition location, same gold reading,
 * same flags, same report. Usage:
 * {@code CtakesNegexKitComparison <kit.tsv> [--ctakes-sentences] [--dictionary] [--predictions FILE]}.
 */
public final class CtakesNegexKitComparison {

    private CtakesNegexKitComparison() {
    }

    private static final String USAGE =
            "usage: CtakesNegexKitComparison <kit.tsv> [--ctakes-sentences] [--dictionary] [--predictions FILE]";

    /** Affirmed, recent, patient: what a condition that cTAKES never annotated amounts to. */
    private static final CtakesAttributes UNANNOTATED = new CtakesAttributes(1, 0, 0, false, false, "patient");

    public static void main(String[] args) throws IOException, UIMAException {
        if (args.length < 1) {
            System.err.println(USAGE);
            System.exit(2);
        }
        Path kit = Path.of(args[0]);
        CtakesAssertionPipeline.Sentences sentences = CtakesAssertionPipeline.Sentences.WHOLE_INPUT;
        CtakesAssertionPipeline.Mentions mentions = CtakesAssertionPipeline.Mentions.GIVEN;
        Path predictionsFile = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--ctakes-sentences")) {
                sentences = CtakesAssertionPipeline.Sentences.CTAKES_DETECTOR;
            } else if (args[i].equals("--dictionary")) {
                mentions = CtakesAssertionPipeline.Mentions.DICTIONARY;
            } else if (args[i].equals("--predictions") && i + 1 < args.length) {
                predictionsFile = Path.of(args[++i]);
            } else {
                System.err.println(USAGE);
                System.err.println("unknown argument: " + args[i]);
                System.exit(2);
            }
        }
        long loadStart = System.nanoTime();
        long[] processNanos = {0};
        int[] notLookedUp = {0};
        try (CtakesAssertionPipeline ctakes = new CtakesAssertionPipeline(sentences, mentions);
             BufferedReader lines = Files.newBufferedReader(kit, StandardCharsets.UTF_8);
             Writer predictions = predictionsFile == null ? Writer.nullWriter()
                     : Files.newBufferedWriter(predictionsFile, StandardCharsets.UTF_8)) {
            long loadNanos = System.nanoTime() - loadStart;
            // the same rows, condition location, gold reading and report as clinscribe's own evaluation
            NegexKitReport report = new NegexKitEvaluation().evaluate(lines, (sentence, condition) -> {
                long start = System.nanoTime();
                Optional<CtakesAttributes> found;
                try {
                    found = ctakes.assess(sentence, condition);
                } catch (UIMAException e) {
                    throw new IOException("cTAKES failed on a kit row", e);
                }
                processNanos[0] += System.nanoTime() - start;
                if (found.isEmpty()) {
                    notLookedUp[0]++;
                }
                return found.orElse(UNANNOTATED).toAssertion(false);
            }, Optional.of(predictions));
            print(System.out, report, sentences, mentions, notLookedUp[0], loadNanos, processNanos[0]);
        }
    }

    private static void print(PrintStream out, NegexKitReport report, CtakesAssertionPipeline.Sentences sentences,
                              CtakesAssertionPipeline.Mentions mentions, int notLookedUp, long loadNanos,
                              long processNanos) {
        out.println("cTAKES 5.1.0 assertion (cleartk), sentences: " + sentences + ", mentions: " + mentions);
        if (mentions == CtakesAssertionPipeline.Mentions.DICTIONARY) {
            out.printf(Locale.ROOT, "dictionary found no mention overlapping the condition in %d of %d rows "
                    + "(scored as affirmed, recent, patient)%n", notLookedUp, report.evaluated());
        }
        out.print(report.format());
        out.printf(Locale.ROOT, "model loading %.1f s; %.1f ms per row over %d rows; peak heap %d MiB%n",
                loadNanos / 1e9, report.evaluated() == 0 ? 0.0 : processNanos / 1e6 / report.evaluated(),
                report.evaluated(), peakHeapMiB());
    }

    /** Sum of the heap pools' peak usage since start-up. */
    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}

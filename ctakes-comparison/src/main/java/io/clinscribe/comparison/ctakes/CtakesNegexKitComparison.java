package io.clinscribe.comparison.ctakes;

import io.clinscribe.evaluation.negex.FlagCounts;
import io.clinscribe.evaluation.negex.KitConditions;
import io.clinscribe.evaluation.negex.NegexKitReport;
import io.clinscribe.record.Assertion;
import io.clinscribe.record.Span;
import io.clinscribe.record.Subject;
import org.apache.uima.UIMAException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
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
 * same flags, same report. Usage: {@code CtakesNegexKitComparison <kit.tsv> [--ctakes-sentences] [--limit N]}.
 */
public final class CtakesNegexKitComparison {

    /** Counts of both hypothetical readings of cTAKES's output, kept side by side. */
    private static final class Tally {
        FlagCounts negated = FlagCounts.empty("negated");
        FlagCounts uncertain = FlagCounts.empty("uncertain");
        FlagCounts historical = FlagCounts.empty("historical");
        FlagCounts hypothetical = FlagCounts.empty("hypothetical");
        FlagCounts other = FlagCounts.empty("experiencer_other");
        FlagCounts hypotheticalOrGeneric = FlagCounts.empty("hypo_or_generic");
        int rows;
        int skipped;

        /** The gold reading of {@code NegexKitEvaluation.evaluate}, applied to cTAKES's judgement. */
        void add(String negation, String temporality, String experiencer, CtakesAttributes cTakes) {
            Assertion a = cTakes.toAssertion(false);
            boolean goldHypothetical = temporality.equals("hypothetical") || temporality.equals("not particular");
            negated = negated.add(negation.equals("negated"), a.negated());
            uncertain = uncertain.add(negation.equals("possible"), a.uncertain() && !a.negated());
            historical = historical.add(temporality.equals("historical"), a.historical() && !a.hypothetical());
            hypothetical = hypothetical.add(goldHypothetical, a.hypothetical());
            other = other.add(!experiencer.equals("patient"), a.subject() != Subject.PATIENT);
            hypotheticalOrGeneric = hypotheticalOrGeneric.add(goldHypothetical, cTakes.toAssertion(true).hypothetical());
        }

        NegexKitReport report() {
            return new NegexKitReport(rows, rows - skipped, skipped, negated, uncertain, historical, hypothetical, other);
        }
    }

    private CtakesNegexKitComparison() {
    }

    public static void main(String[] args) throws IOException, UIMAException {
        if (args.length < 1) {
            System.err.println("usage: CtakesNegexKitComparison <kit.tsv> [--ctakes-sentences] [--limit N]");
            System.exit(2);
        }
        Path kit = Path.of(args[0]);
        CtakesAssertionPipeline.Sentences sentences = CtakesAssertionPipeline.Sentences.WHOLE_INPUT;
        int limit = Integer.MAX_VALUE;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--ctakes-sentences")) {
                sentences = CtakesAssertionPipeline.Sentences.CTAKES_DETECTOR;
            } else if (args[i].equals("--limit") && i + 1 < args.length) {
                limit = Integer.parseInt(args[++i]);
            } else {
                System.err.println("unknown argument: " + args[i]);
                System.exit(2);
            }
        }
        long loadStart = System.nanoTime();
        Tally tally = new Tally();
        long processNanos = 0;
        try (CtakesAssertionPipeline ctakes = new CtakesAssertionPipeline(sentences);
             BufferedReader lines = Files.newBufferedReader(kit, StandardCharsets.UTF_8)) {
            long loadNanos = System.nanoTime() - loadStart;
            String line = lines.readLine(); // header
            while (line != null && tally.rows < limit && (line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                tally.rows++;
                String[] f = line.split("\t", -1);
                Optional<Span> condition = f.length < 6 ? Optional.empty() : KitConditions.locate(f[2], f[1]);
                if (condition.isEmpty()) {
                    tally.skipped++;
                    continue;
                }
                long start = System.nanoTime();
                CtakesAttributes attributes = ctakes.assess(f[2], condition.get());
                processNanos += System.nanoTime() - start;
                tally.add(word(f[3]), word(f[4]), word(f[5]), attributes);
            }
            print(System.out, tally, sentences, loadNanos, processNanos);
        }
    }

    private static String word(String field) {
        return field.trim().toLowerCase(Locale.ROOT);
    }

    private static void print(PrintStream out, Tally tally, CtakesAssertionPipeline.Sentences sentences,
                              long loadNanos, long processNanos) {
        NegexKitReport report = tally.report();
        out.println("cTAKES 5.1.0 assertion (cleartk), sentences: " + sentences);
        out.print(report.format());
        FlagCounts f = tally.hypotheticalOrGeneric;
        out.printf(Locale.ROOT, "%-18s %6d %6d %6d %6d %6.3f %6.3f %7.3f %7.3f%n", f.flag(), f.goldPositives(),
                f.truePositives(), f.falsePositives(), f.falseNegatives(), f.precision(), f.recall(), f.f1(),
                f.accuracy());
        out.println("(hypo_or_generic: hypothetical when cTAKES says conditional OR generic)");
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

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
 * {@code CtakesNegexKitComparison <kit.tsv> [--ctakes-sentences] [--dictionary] [--limit N] [--predictions FILE]}.
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
        int notLookedUp;

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

    private static final String USAGE =
            "usage: CtakesNegexKitComparison <kit.tsv> [--ctakes-sentences] [--dictionary] [--limit N] [--predictions FILE]";

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
        int limit = Integer.MAX_VALUE;
        Path predictionsFile = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--ctakes-sentences")) {
                sentences = CtakesAssertionPipeline.Sentences.CTAKES_DETECTOR;
            } else if (args[i].equals("--dictionary")) {
                mentions = CtakesAssertionPipeline.Mentions.DICTIONARY;
            } else if (args[i].equals("--limit") && i + 1 < args.length) {
                limit = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--predictions") && i + 1 < args.length) {
                predictionsFile = Path.of(args[++i]);
            } else {
                System.err.println(USAGE);
                System.err.println("unknown argument: " + args[i]);
                System.exit(2);
            }
        }
        long loadStart = System.nanoTime();
        Tally tally = new Tally();
        long processNanos = 0;
        try (CtakesAssertionPipeline ctakes = new CtakesAssertionPipeline(sentences, mentions);
             BufferedReader lines = Files.newBufferedReader(kit, StandardCharsets.UTF_8);
             Writer predictions = predictionsFile == null ? Writer.nullWriter()
                     : Files.newBufferedWriter(predictionsFile, StandardCharsets.UTF_8)) {
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
                Optional<CtakesAttributes> found = ctakes.assess(f[2], condition.get());
                processNanos += System.nanoTime() - start;
                if (found.isEmpty()) {
                    tally.notLookedUp++;
                }
                CtakesAttributes attributes = found.orElse(UNANNOTATED);
                tally.add(word(f[3]), word(f[4]), word(f[5]), attributes);
                predictions.write(prediction(f[0].trim(), found.isPresent(), attributes));
            }
            print(System.out, tally, sentences, mentions, loadNanos, processNanos);
        }
    }

    private static String word(String field) {
        return field.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * One line per evaluated row: the kit's line number, then cTAKES's judgement in the kit's words like
     * {@code NegexKitEvaluation}'s predictions (Negated/Affirmed/Possible, Historical/Recent/Hypothetical,
     * Patient/Other), then cTAKES's raw attributes, or {@code no-mention} when the dictionary found none.
     */
    private static String prediction(String lineNumber, boolean found, CtakesAttributes c) {
        Assertion a = c.toAssertion(false);
        String negation = a.negated() ? "Negated" : a.uncertain() ? "Possible" : "Affirmed";
        String temporality = a.hypothetical() ? "Hypothetical" : a.historical() ? "Historical" : "Recent";
        String raw = !found ? "no-mention" : String.format(Locale.ROOT,
                "polarity=%d uncertainty=%d historyOf=%d conditional=%b generic=%b subject=%s",
                c.polarity(), c.uncertainty(), c.historyOf(), c.conditional(), c.generic(), c.subject());
        return lineNumber + "\t" + negation + "\t" + temporality + "\t"
                + (a.subject() == Subject.PATIENT ? "Patient" : "Other") + "\t" + raw + "\n";
    }

    private static void print(PrintStream out, Tally tally, CtakesAssertionPipeline.Sentences sentences,
                              CtakesAssertionPipeline.Mentions mentions, long loadNanos, long processNanos) {
        NegexKitReport report = tally.report();
        out.println("cTAKES 5.1.0 assertion (cleartk), sentences: " + sentences + ", mentions: " + mentions);
        if (mentions == CtakesAssertionPipeline.Mentions.DICTIONARY) {
            out.printf(Locale.ROOT, "dictionary found no mention overlapping the condition in %d of %d rows "
                    + "(scored as affirmed, recent, patient)%n", tally.notLookedUp, report.evaluated());
        }
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

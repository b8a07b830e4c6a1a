package io.clinscribe.evaluation.negex;

import io.clinscribe.nlp.assertion.AssertionDetector;
import io.clinscribe.nlp.assertion.ContextRules;
import io.clinscribe.record.Assertion;
import io.clinscribe.record.Span;
import io.clinscribe.record.Subject;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Scores an {@link AssertionDetector} on the NegEx/ConText test kit (Chapman et al.): a TSV with a
 * header line, then {@code line number, condition, sentence, negation status (Negated/Affirmed/Possible),
 * temporality (Historical/Recent/Not particular), experiencer (Patient/Family member/Other)}.
 * Each condition is located in its sentence (case-insensitively, any run of whitespace matching any
 * other) and assessed with the sentence as context and no section.
 */
public final class NegexKitEvaluation {

    /**
     * Evaluates every row; rows whose condition cannot be found in the sentence are counted as skipped.
     * When {@code predictions} is present, writes one line per evaluated row in the kit's own words:
     * {@code line number, Negated/Affirmed/Possible, Historical/Recent/Hypothetical, Patient/Other}.
     */
    public NegexKitReport evaluate(Reader tsv, AssertionDetector detector, Optional<Writer> predictions)
            throws IOException {
        return evaluate(tsv, (sentence, condition) ->
                detector.assess(sentence, new Span(0, sentence.length()), condition, Optional.empty()), predictions);
    }

    /** What an assertion system says about a condition in a kit sentence (clinscribe's, or another's to compare). */
    @FunctionalInterface
    public interface KitAssessor {
        Assertion assess(String sentence, Span condition) throws IOException;
    }

    /** As {@link #evaluate(Reader, AssertionDetector, Optional)}, for any assertion system. */
    public NegexKitReport evaluate(Reader tsv, KitAssessor assessor, Optional<Writer> predictions)
            throws IOException {
        BufferedReader lines = new BufferedReader(tsv);
        String header = lines.readLine();
        if (header == null) {
            return new NegexKitReport(0, 0, 0, FlagCounts.empty("negated"), FlagCounts.empty("uncertain"),
                    FlagCounts.empty("historical"), FlagCounts.empty("hypothetical"),
                    FlagCounts.empty("experiencer_other"));
        }
        FlagCounts negated = FlagCounts.empty("negated");
        FlagCounts uncertain = FlagCounts.empty("uncertain");
        FlagCounts historical = FlagCounts.empty("historical");
        FlagCounts hypothetical = FlagCounts.empty("hypothetical");
        FlagCounts other = FlagCounts.empty("experiencer_other");
        int rows = 0;
        int skipped = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            rows++;
            String[] f = line.split("\t", -1);
            if (f.length < 6) {
                skipped++;
                continue;
            }
            String sentence = f[2];
            Optional<Span> target = locate(sentence, f[1]);
            if (target.isEmpty()) {
                skipped++;
                continue;
            }
            Assertion a = assessor.assess(sentence, target.get());
            String negation = f[3].trim().toLowerCase(Locale.ROOT);
            String temporality = f[4].trim().toLowerCase(Locale.ROOT);
            String experiencer = f[5].trim().toLowerCase(Locale.ROOT);
            negated = negated.add(negation.equals("negated"), a.negated());
            uncertain = uncertain.add(negation.equals("possible"), a.uncertain() && !a.negated());
            historical = historical.add(temporality.equals("historical"), a.historical() && !a.hypothetical());
            hypothetical = hypothetical.add(isHypothetical(temporality), a.hypothetical());
            other = other.add(!experiencer.equals("patient"), a.subject() != Subject.PATIENT);
            if (predictions.isPresent()) {
                predictions.get().write(f[0].trim() + "\t" + negationWord(a) + "\t" + temporalityWord(a) + "\t"
                        + (a.subject() == Subject.PATIENT ? "Patient" : "Other") + "\n");
            }
        }
        if (predictions.isPresent()) {
            predictions.get().flush();
        }
        return new NegexKitReport(rows, rows - skipped, skipped, negated, uncertain, historical, hypothetical, other);
    }

    private static boolean isHypothetical(String temporality) {
        return temporality.equals("hypothetical") || temporality.equals("not particular");
    }

    private static String negationWord(Assertion a) {
        if (a.negated()) {
            return "Negated";
        }
        return a.uncertain() ? "Possible" : "Affirmed";
    }

    private static String temporalityWord(Assertion a) {
        if (a.hypothetical()) {
            return "Hypothetical";
        }
        return a.historical() ? "Historical" : "Recent";
    }

    /**
     * Where {@code condition} occurs in {@code sentence}, ignoring case and whitespace width. The kit writes
     * the annotated condition in capitals, so an upper-case occurrence is preferred over an earlier one.
     */
    public static Optional<Span> locate(String sentence, String condition) {
        String wanted = condition.strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Span first = null;
        for (int start = 0; start < sentence.length(); start++) {
            int end = matchFrom(sentence, start, wanted);
            if (end < 0) {
                continue;
            }
            Span found = new Span(start, end);
            if (isUpperCase(sentence, found)) {
                return Optional.of(found);
            }
            if (first == null) {
                first = found;
            }
        }
        return Optional.ofNullable(first);
    }

    private static boolean isUpperCase(String text, Span span) {
        boolean letters = false;
        for (int i = span.begin(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /** End of a match of {@code wanted} at {@code start}, or -1. */
    private static int matchFrom(String text, int start, String wanted) {
        int i = start;
        int k = 0;
        while (k < wanted.length()) {
            char w = wanted.charAt(k);
            if (Character.isWhitespace(w)) {
                if (i >= text.length() || !Character.isWhitespace(text.charAt(i))) {
                    return -1;
                }
                while (k < wanted.length() && Character.isWhitespace(wanted.charAt(k))) {
                    k++;
                }
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (i >= text.length() || Character.toLowerCase(text.charAt(i)) != Character.toLowerCase(w)) {
                return -1;
            }
            i++;
            k++;
        }
        return i;
    }

    /** {@code NegexKitEvaluation kit.tsv [predictions.tsv]}: prints the report. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: NegexKitEvaluation <kit.tsv> [predictions.tsv]");
            System.exit(2);
        }
        AssertionDetector detector = new AssertionDetector(ContextRules.load());
        try (Reader kit = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             Writer out = args.length > 1 ? Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8) : null) {
            NegexKitReport report = new NegexKitEvaluation().evaluate(kit, detector, Optional.ofNullable(out));
            PrintWriter console = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            console.print(report.format());
            console.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

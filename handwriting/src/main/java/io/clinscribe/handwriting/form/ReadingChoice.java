package io.clinscribe.handwriting.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Picks a numeric field's value from several readings of the same writing (limited to digits and read
 * freely, the glyphs as written and spaced apart): the value that fits the field's format and that most
 * readings agree on, the surest first. The format only chooses among what was read; when no reading fits,
 * the surest reading is kept as it is and flagged, and when readings that fit disagree the value is
 * flagged: nothing is guessed and nothing dropped.
 */
final class ReadingChoice {

    /** One reading: the value as normalised for the field and Tesseract's confidence in it (0-100). */
    record Candidate(String value, double confidence) {
    }

    /** The value taken, its confidence and why a person should check it (empty: no need). */
    record Choice(String value, double confidence, List<String> reasons) {
        Choice {
            reasons = List.copyOf(reasons);
        }
    }

    private ReadingChoice() {
    }

    /** @param problems why a value does not fit the field (empty: it fits) */
    static Choice choose(List<Candidate> candidates, Function<String, List<String>> problems, double lowConfidence) {
        List<Candidate> read = candidates.stream().filter(c -> !c.value().isEmpty()).toList();
        if (read.isEmpty()) {
            return new Choice("", 0, List.of("unreadable writing"));
        }
        Map<String, List<Candidate>> fitting = new LinkedHashMap<>();
        for (Candidate c : read) {
            if (problems.apply(c.value()).isEmpty()) {
                fitting.computeIfAbsent(c.value(), v -> new ArrayList<>()).add(c);
            }
        }
        if (fitting.isEmpty()) {
            Candidate surest = read.stream().max(Comparator.comparingDouble(Candidate::confidence)).orElseThrow();
            List<String> reasons = new ArrayList<>(problems.apply(surest.value()));
            if (surest.confidence() < lowConfidence) {
                reasons.add("low OCR confidence");
            }
            return new Choice(surest.value(), surest.confidence(), reasons);
        }
        Comparator<List<Candidate>> byAgreement = Comparator.<List<Candidate>>comparingInt(List::size)
                .thenComparingDouble(ReadingChoice::surest);
        List<Candidate> best = fitting.values().stream().max(byAgreement).orElseThrow();
        double confidence = median(best);
        List<String> reasons = new ArrayList<>();
        if (fitting.size() > 1) {
            reasons.add("readings of the writing disagree");
        }
        if (confidence < lowConfidence) {
            reasons.add("low OCR confidence");
        }
        return new Choice(best.get(0).value(), confidence, reasons);
    }

    private static double median(List<Candidate> readings) {
        double[] c = readings.stream().mapToDouble(Candidate::confidence).sorted().toArray();
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    private static double surest(List<Candidate> readings) {
        return readings.stream().mapToDouble(Candidate::confidence).max().orElse(0);
    }
}

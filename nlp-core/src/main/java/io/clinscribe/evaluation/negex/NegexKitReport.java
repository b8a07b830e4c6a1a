package io.clinscribe.evaluation.negex;

import java.util.List;
import java.util.Locale;

/**
 * Result of running the assertion detector over the NegEx/ConText test kit: how many rows were read,
 * evaluated and skipped (condition not found in its sentence), and per-flag counts for negated,
 * uncertain ("Possible"), historical, hypothetical ("Not particular") and experiencer other than the patient.
 */
public record NegexKitReport(int rows, int evaluated, int skipped, FlagCounts negated, FlagCounts uncertain,
                             FlagCounts historical, FlagCounts hypothetical, FlagCounts experiencerOther) {

    public List<FlagCounts> flags() {
        return List.of(negated, uncertain, historical, hypothetical, experiencerOther);
    }

    /** A small table for the terminal. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "NegEx kit: %d rows, %d evaluated, %d skipped (condition not found)%n",
                rows, evaluated, skipped));
        out.append(String.format(Locale.ROOT, "%-18s %6s %6s %6s %6s %6s %6s %7s %7s%n",
                "flag", "gold+", "tp", "fp", "fn", "P", "R", "F1", "acc"));
        for (FlagCounts f : flags()) {
            out.append(String.format(Locale.ROOT, "%-18s %6d %6d %6d %6d %6.3f %6.3f %7.3f %7.3f%n",
                    f.flag(), f.goldPositives(), f.truePositives(), f.falsePositives(), f.falseNegatives(),
                    f.precision(), f.recall(), f.f1(), f.accuracy()));
        }
        return out.toString();
    }
}

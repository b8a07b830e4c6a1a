package io.clinscribe.record;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How often a medication is taken, as FHIR {@code Timing.repeat}: {@code frequency} times per
 * {@code period} {@code periodUnit} (BID = 2 per 1 d, q6h = 1 per 6 h, q4-6h = 1 per 4 h with periodMax 6).
 * Units are UCUM time units: s, min, h, d, wk, mo, a.
 */
public record Timing(int frequency, BigDecimal period, Optional<BigDecimal> periodMax, String periodUnit) {
    public Timing {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(periodMax, "periodMax");
        Objects.requireNonNull(periodUnit, "periodUnit");
        if (frequency < 1) {
            throw new IllegalArgumentException("frequency must be positive: " + frequency);
        }
    }

    public static Timing of(int frequency, int period, String periodUnit) {
        return new Timing(frequency, BigDecimal.valueOf(period), Optional.empty(), periodUnit);
    }
}

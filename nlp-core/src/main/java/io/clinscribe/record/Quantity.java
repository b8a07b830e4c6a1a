package io.clinscribe.record;

import java.math.BigDecimal;
import java.util.Objects;

/** A number with a UCUM unit ({@code mg}, {@code mL/h}, {@code {tbl}}, {@code d}). Decimal, so 0.4 stays 0.4. */
public record Quantity(BigDecimal value, String unit) {
    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(String value, String unit) {
        return new Quantity(new BigDecimal(value), unit);
    }
}

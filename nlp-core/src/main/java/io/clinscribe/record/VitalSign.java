package io.clinscribe.record;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A vital sign measurement. Blood pressure carries {@code systolic} and {@code diastolic}; every other
 * type carries {@code value}. {@code unit} is UCUM, empty for unitless scores.
 */
public record VitalSign(Mention mention, VitalSignType type, Optional<BigDecimal> value,
                        Optional<BigDecimal> systolic, Optional<BigDecimal> diastolic, String unit) implements Entry {
    public VitalSign {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(systolic, "systolic");
        Objects.requireNonNull(diastolic, "diastolic");
        Objects.requireNonNull(unit, "unit");
        if (type == VitalSignType.BLOOD_PRESSURE ? systolic.isEmpty() || diastolic.isEmpty() : value.isEmpty()) {
            throw new IllegalArgumentException("a " + type.code() + " needs its value(s)");
        }
    }

    public static VitalSign measured(Mention mention, VitalSignType type, BigDecimal value, String unit) {
        return new VitalSign(mention, type, Optional.of(value), Optional.empty(), Optional.empty(), unit);
    }

    public static VitalSign bloodPressure(Mention mention, BigDecimal systolic, BigDecimal diastolic) {
        return new VitalSign(mention, VitalSignType.BLOOD_PRESSURE, Optional.empty(), Optional.of(systolic),
                Optional.of(diastolic), "mm[Hg]");
    }

    @Override
    public EntryKind kind() {
        return EntryKind.VITAL_SIGN;
    }

    @Override
    public VitalSign withMention(Mention m) {
        return new VitalSign(m, type, value, systolic, diastolic, unit);
    }
}

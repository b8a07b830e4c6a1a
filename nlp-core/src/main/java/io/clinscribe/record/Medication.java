package io.clinscribe.record;

import java.util.Objects;
import java.util.Optional;

/**
 * A medication with its sig. {@code strength} is an amount with a measurement unit (25 mg); {@code dose}
 * is a count of dose forms (2 {tbl}); {@code asNeeded} is present whenever a sig is.
 */
public record Medication(Mention mention, String drug, Optional<Quantity> strength, Optional<Quantity> dose,
                         Optional<String> form, Optional<Route> route, Optional<Timing> frequency,
                         Optional<Boolean> asNeeded, Optional<String> asNeededFor, Optional<Quantity> duration)
        implements Entry {
    public Medication {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(drug, "drug");
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(asNeeded, "asNeeded");
        Objects.requireNonNull(asNeededFor, "asNeededFor");
        Objects.requireNonNull(duration, "duration");
    }

    /** A bare drug name with no sig. */
    public static Medication named(Mention mention, String drug) {
        return new Medication(mention, drug, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public EntryKind kind() {
        return EntryKind.MEDICATION;
    }

    @Override
    public Medication withMention(Mention m) {
        return new Medication(m, drug, strength, dose, form, route, frequency, asNeeded, asNeededFor, duration);
    }
}

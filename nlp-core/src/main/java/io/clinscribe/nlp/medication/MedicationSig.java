package io.clinscribe.nlp.medication;

import io.clinscribe.record.Quantity;
import io.clinscribe.record.Route;
import io.clinscribe.record.Span;
import io.clinscribe.record.Timing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A drug name bound to the sig written with it. {@code extent} runs from the drug name (or a route or strength
 * written just before it) to the last sig element; {@code drug} is the verbatim name without release or device
 * suffixes (ER, XL, HFA), which set {@code form}. {@code asNeeded} is present whenever any sig element is.
 * {@code reviewReasons} name what was written but could not be coded without guessing.
 */
public record MedicationSig(Span extent, Span drugSpan, String drug, Optional<Quantity> strength,
                            Optional<Quantity> dose, Optional<String> form, Optional<Route> route,
                            Optional<Timing> frequency, Optional<Boolean> asNeeded, Optional<String> asNeededFor,
                            Optional<Quantity> duration, List<String> reviewReasons) {
    public MedicationSig {
        Objects.requireNonNull(extent, "extent");
        Objects.requireNonNull(drugSpan, "drugSpan");
        Objects.requireNonNull(drug, "drug");
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(asNeeded, "asNeeded");
        Objects.requireNonNull(asNeededFor, "asNeededFor");
        Objects.requireNonNull(duration, "duration");
        reviewReasons = List.copyOf(reviewReasons);
    }

    /** True when nothing but the drug name was found. */
    public boolean isBare() {
        return strength.isEmpty() && dose.isEmpty() && form.isEmpty() && route.isEmpty() && frequency.isEmpty()
                && asNeeded.isEmpty() && duration.isEmpty();
    }
}

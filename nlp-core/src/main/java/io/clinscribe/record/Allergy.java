package io.clinscribe.record;

import java.util.Objects;
import java.util.Optional;

/** An allergy or intolerance. "NKDA" is an allergy to substance "drug" with a negated assertion. */
public record Allergy(Mention mention, String substance, Optional<String> reaction) implements Entry {
    public Allergy {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(substance, "substance");
        Objects.requireNonNull(reaction, "reaction");
    }

    @Override
    public EntryKind kind() {
        return EntryKind.ALLERGY;
    }

    @Override
    public Allergy withMention(Mention m) {
        return new Allergy(m, substance, reaction);
    }
}

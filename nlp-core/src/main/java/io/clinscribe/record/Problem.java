package io.clinscribe.record;

import java.util.Objects;
import java.util.Optional;

/** A condition, diagnosis, sign or symptom; {@code bodySite} is the verbatim site text when the phrase names one. */
public record Problem(Mention mention, Optional<String> bodySite) implements Entry {
    public Problem {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(bodySite, "bodySite");
    }

    @Override
    public EntryKind kind() {
        return EntryKind.PROBLEM;
    }

    @Override
    public Problem withMention(Mention m) {
        return new Problem(m, bodySite);
    }
}

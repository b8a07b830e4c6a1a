package io.clinscribe.record;

import java.util.Objects;
import java.util.Optional;

/** A procedure, test or intervention done, planned or decided against. */
public record Procedure(Mention mention, Optional<String> bodySite) implements Entry {
    public Procedure {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(bodySite, "bodySite");
    }

    @Override
    public EntryKind kind() {
        return EntryKind.PROCEDURE;
    }

    @Override
    public Procedure withMention(Mention m) {
        return new Procedure(m, bodySite);
    }
}

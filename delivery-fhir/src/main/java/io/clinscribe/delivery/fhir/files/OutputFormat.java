package io.clinscribe.delivery.fhir.files;

import java.util.Locale;
import java.util.Optional;

/** How the files adapter writes a document: one Bundle JSON file, or lines added to NDJSON files per type. */
public enum OutputFormat {
    BUNDLE, NDJSON;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OutputFormat> fromCode(String code) {
        for (OutputFormat f : values()) {
            if (f.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

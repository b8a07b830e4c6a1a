package io.clinscribe.models;

import java.util.Optional;

/** Whether a model was found, and where (a jar URL or file path). */
public record ModelStatus(ModelDescriptor model, Optional<String> foundAt) {
    public boolean installed() {
        return foundAt.isPresent();
    }
}

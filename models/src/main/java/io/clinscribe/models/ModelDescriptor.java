package io.clinscribe.models;

import java.util.Objects;

/**
 * One model or terminology clinscribe can use: what it is, where it comes from, its licence, where
 * clinscribe looks for it ({@code classpath:} resource or file path), and how to install it if missing.
 */
public record ModelDescriptor(String id, String description, ModelOrigin origin, String source, String licence,
                              String location, boolean required, String installHint) {
    public ModelDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(installHint, "installHint");
    }

    public boolean onClasspath() {
        return location.startsWith(ModelCatalog.CLASSPATH_PREFIX);
    }

    public String classpathResource() {
        return location.substring(ModelCatalog.CLASSPATH_PREFIX.length());
    }
}

package io.clinscribe.delivery;

import java.util.Objects;

/**
 * A setting an adapter reads, such as {@code url} or {@code port}. A secret (a bearer token, a private key's
 * password) is never written to the outbox or a log: it is given again, or read from the environment, when
 * delivery resumes.
 */
public record AdapterOption(String name, String description, boolean required, boolean secret) {
    public AdapterOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("option names are lower case words joined by '-': " + name);
        }
    }

    public static AdapterOption required(String name, String description) {
        return new AdapterOption(name, description, true, false);
    }

    public static AdapterOption optional(String name, String description) {
        return new AdapterOption(name, description, false, false);
    }

    public static AdapterOption secret(String name, String description) {
        return new AdapterOption(name, description, false, true);
    }
}

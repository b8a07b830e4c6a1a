package io.clinscribe.delivery;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings an adapter is opened with: its name and {@code name=value} pairs, as given on the command
 * line ({@code --to fhir --url https://ehr.example/fhir}) or by a library caller. Typed getters report a
 * missing or malformed value with the adapter's and the setting's name.
 */
public record AdapterSettings(String adapter, Map<String, String> values) {

    public AdapterSettings {
        Objects.requireNonNull(adapter, "adapter");
        values = Map.copyOf(values);
    }

    public static AdapterSettings of(String adapter, Map<String, String> values) {
        return new AdapterSettings(adapter, values);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }

    public String required(String name) throws AdapterConfigurationException {
        return get(name).orElseThrow(() -> problem(name, "is required"));
    }

    public int integer(String name, int fallback) throws AdapterConfigurationException {
        Optional<String> value = get(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get().trim());
        } catch (NumberFormatException e) {
            throw problem(name, "must be a whole number, not '" + value.get() + "'");
        }
    }

    /** A duration written as {@code 30s}, {@code 500ms}, {@code 2m} or ISO-8601 ({@code PT30S}). */
    public Duration duration(String name, Duration fallback) throws AdapterConfigurationException {
        Optional<String> value = get(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return parseDuration(value.get());
        } catch (IllegalArgumentException e) {
            throw problem(name, "must be a duration such as 30s, 500ms or 2m, not '" + value.get() + "'");
        }
    }

    /**
     * Reads {@code 30s}, {@code 500ms}, {@code 2m} or ISO-8601 ({@code PT30S}), the one way durations are written
     * in settings and on the command line.
     *
     * @throws IllegalArgumentException when the text is none of these
     */
    public static Duration parseDuration(String text) {
        String v = text.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (v.startsWith("p")) {
                return Duration.parse(text.trim());
            } else if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            } else if (v.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
            } else if (v.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration: " + text, e);
        }
        throw new IllegalArgumentException("not a duration: " + text);
    }

    public Optional<Path> path(String name) {
        return get(name).map(Path::of);
    }

    /** The settings without the secret ones, as the outbox stores them to resume delivery later. */
    public AdapterSettings withoutSecrets(Iterable<AdapterOption> options) {
        Map<String, String> kept = new TreeMap<>(values);
        for (AdapterOption o : options) {
            if (o.secret()) {
                kept.remove(o.name());
            }
        }
        return new AdapterSettings(adapter, kept);
    }

    /** These settings with {@code more} added; a value in {@code more} wins. */
    public AdapterSettings with(Map<String, String> more) {
        Map<String, String> merged = new TreeMap<>(values);
        merged.putAll(more);
        return new AdapterSettings(adapter, merged);
    }

    public AdapterConfigurationException problem(String name, String why) {
        return new AdapterConfigurationException("adapter " + adapter + ": setting '" + name + "' " + why);
    }

    /** Never prints values: they may hold a secret or an address the log should not carry. */
    @Override
    public String toString() {
        return "AdapterSettings[" + adapter + ", " + new TreeMap<>(values).keySet() + "]";
    }
}

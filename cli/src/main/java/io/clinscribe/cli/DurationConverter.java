package io.clinscribe.cli;

import io.clinscribe.delivery.AdapterSettings;
import java.time.Duration;
import picocli.CommandLine;

/** Durations on the command line are written as adapter settings are: {@code 30s}, {@code 500ms}, {@code 2m}, {@code PT30S}. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            return AdapterSettings.parseDuration(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a duration such as 30s, 500ms or 2m");
        }
    }
}

package io.clinscribe.cli;

import io.clinscribe.delivery.AdapterConfigurationException;
import io.clinscribe.delivery.AdapterOption;
import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.EhrAdapterProvider;
import io.clinscribe.delivery.EhrAdapters;
import io.clinscribe.delivery.PatientContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Where and for whom documents are delivered: the adapter and its settings, the patient and encounter.
 * Shared by {@code deliver} and by the commands that make documents ({@code --deliver-to}). Convenience
 * options ({@code --url}, {@code --host} ...) are the settings most adapters have; {@code --set NAME=VALUE}
 * gives any other. Secret settings can come from the environment, {@code CLINSCRIBE_<ADAPTER>_<SETTING>}
 * (e.g. {@code CLINSCRIBE_FHIR_TOKEN}), so they stay out of shell history and process lists.
 */
final class DeliveryOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = {"--deliver-to", "--to"}, paramLabel = "ADAPTER",
            description = "Deliver each document through this adapter (fhir, hl7v2, files, or a vendor's; "
                    + "`clinscribe deliver --list` shows them).")
    String adapter;

    @Option(names = "--patient", paramLabel = "ID",
            description = "The patient the documents belong to: the EHR's id (123 or Patient/123) or an identifier "
                    + "SYSTEM|VALUE (an MRN). Required to deliver; never taken from the text.")
    String patient;

    @Option(names = "--encounter", paramLabel = "ID", description = "The EHR's id of the encounter (visit).")
    String encounter;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The day of care the documents record (vital signs and results are filed on it).")
    java.time.LocalDate serviceDate;

    @Option(names = "--url", paramLabel = "URL", description = "Setting 'url' (fhir: the server's base URL).")
    String url;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Setting 'token' (fhir: bearer token); better given as CLINSCRIBE_FHIR_TOKEN.")
    String token;

    @Option(names = "--host", paramLabel = "HOST", description = "Setting 'host' (hl7v2: the MLLP listener).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "Setting 'port' (hl7v2).")
    String port;

    @Option(names = "--dir", paramLabel = "DIR", description = "Setting 'dir' (files: where to write).")
    String dir;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Any other adapter setting; repeatable.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--outbox", paramLabel = "DIR",
            description = "The outbox that keeps documents until delivered (default: ${XDG_DATA_HOME:-~/.local/share}/clinscribe/outbox).")
    Path outbox;

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "How long to keep retrying an EHR that is down before returning (default: ${DEFAULT-VALUE}); "
                    + "what is left stays in the outbox for `clinscribe outbox deliver`.")
    java.time.Duration waitFor;

    boolean requested() {
        return adapter != null;
    }

    /** The settings given for the adapter, with secrets filled in from the environment when not given. */
    AdapterSettings settings(EhrAdapters adapters, Map<String, String> environment) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "url", url);
        put(values, "token", token);
        put(values, "host", host);
        put(values, "port", port);
        put(values, "dir", dir);
        values.putAll(settings);
        Optional<EhrAdapterProvider> provider = adapters.provider(adapter);
        if (provider.isPresent()) {
            for (AdapterOption option : provider.get().options()) {
                String variable = OutboxSecrets.variable(adapter, option.name());
                if (option.secret() && !values.containsKey(option.name()) && environment.containsKey(variable)) {
                    values.put(option.name(), environment.get(variable));
                }
            }
        }
        AdapterSettings result = AdapterSettings.of(adapter, values);
        try {
            adapters.checked(result);
        } catch (AdapterConfigurationException e) {
            throw new CommandLine.ParameterException(mixee.commandLine(), e.getMessage());
        }
        return result;
    }

    PatientContext patient() {
        if (patient == null) {
            throw new CommandLine.ParameterException(mixee.commandLine(),
                    "--patient is required to deliver: the EHR's patient id or SYSTEM|VALUE");
        }
        try {
            PatientContext context = PatientContext.parse(patient, Optional.ofNullable(encounter));
            return serviceDate == null ? context : context.on(serviceDate);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--patient: " + e.getMessage());
        }
    }

    Duration waitFor() {
        return waitFor;
    }

    /** These options as command-line arguments, to hand the same delivery to another command. */
    java.util.List<String> asArguments() {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--deliver-to", adapter));
        add(args, "--patient", patient);
        add(args, "--encounter", encounter);
        add(args, "--date", serviceDate == null ? null : serviceDate.toString());
        add(args, "--url", url);
        add(args, "--token", token);
        add(args, "--host", host);
        add(args, "--port", port);
        add(args, "--dir", dir);
        settings.forEach((k, v) -> add(args, "--set", k + "=" + v));
        add(args, "--outbox", outbox == null ? null : outbox.toString());
        add(args, "--wait", waitFor.toString());
        return args;
    }

    private static void add(java.util.List<String> args, String option, String value) {
        if (value != null) {
            args.add(option);
            args.add(value);
        }
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
    }
}

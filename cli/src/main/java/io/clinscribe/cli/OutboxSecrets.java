package io.clinscribe.cli;

import io.clinscribe.delivery.AdapterOption;
import io.clinscribe.delivery.EhrAdapters;
import io.clinscribe.delivery.outbox.DeliveryTarget;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Secret adapter settings (tokens, passwords) are never stored in the outbox; when queued items are delivered
 * later they come from the environment, {@code CLINSCRIBE_<ADAPTER>_<SETTING>}, e.g. {@code CLINSCRIBE_FHIR_TOKEN}.
 */
final class OutboxSecrets {

    private OutboxSecrets() {
    }

    static String variable(String adapter, String setting) {
        return "CLINSCRIBE_" + (adapter + "_" + setting).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    static Map<String, String> fromEnvironment(EhrAdapters adapters, DeliveryTarget target, Map<String, String> environment) {
        Map<String, String> secrets = new HashMap<>();
        adapters.provider(target.adapter()).ifPresent(p -> {
            for (AdapterOption o : p.options()) {
                String value = environment.get(variable(target.adapter(), o.name()));
                if (o.secret() && value != null && !value.isBlank()) {
                    secrets.put(o.name(), value);
                }
            }
        });
        return secrets;
    }
}

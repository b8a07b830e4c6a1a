package io.clinscribe.delivery.outbox;

import io.clinscribe.delivery.AdapterConfigurationException;
import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EhrAdapterProvider;
import io.clinscribe.delivery.EhrAdapters;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Opens the adapter for a stored target. The outbox keeps no secrets, so this is where they come back: from
 * the command line of the run that delivers, or the environment.
 */
@FunctionalInterface
public interface AdapterOpener {

    EhrAdapter open(DeliveryTarget target) throws AdapterConfigurationException;

    /** Opens through the discovered adapters, adding the secrets {@code secrets} gives for each target. */
    static AdapterOpener of(EhrAdapters adapters, Function<DeliveryTarget, Map<String, String>> secrets) {
        return target -> adapters.open(target.settings().with(secrets.apply(target)));
    }

    /**
     * Opens a target with the full settings given for it on this run (secrets included) when one of
     * {@code given} is that target once its secrets are removed, else with the stored settings only. This is
     * the command line's case: {@code clinscribe deliver --to fhir --url U --token T} queues for a target
     * stored without the token and delivers with it, earlier items for the same target included.
     */
    static AdapterOpener preferring(EhrAdapters adapters, Collection<AdapterSettings> given) {
        List<AdapterSettings> full = List.copyOf(given);
        return target -> {
            for (AdapterSettings settings : full) {
                Optional<EhrAdapterProvider> provider = adapters.provider(settings.adapter());
                if (provider.isPresent() && DeliveryTarget.of(provider.get(), settings).equals(target)) {
                    return adapters.open(settings);
                }
            }
            return adapters.open(target.settings());
        };
    }

    /** Opens through the discovered adapters with the stored settings only. */
    static AdapterOpener of(EhrAdapters adapters) {
        return of(adapters, target -> Map.of());
    }
}

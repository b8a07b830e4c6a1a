package io.clinscribe.delivery.outbox;

import io.clinscribe.delivery.AdapterConfigurationException;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EhrAdapters;

import java.util.Map;
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

    /** Opens through the discovered adapters with the stored settings only. */
    static AdapterOpener of(EhrAdapters adapters) {
        return of(adapters, target -> Map.of());
    }
}

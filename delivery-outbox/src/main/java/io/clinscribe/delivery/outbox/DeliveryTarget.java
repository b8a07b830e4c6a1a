package io.clinscribe.delivery.outbox;

import io.clinscribe.delivery.AdapterConfigurationException;
import io.clinscribe.delivery.AdapterOption;
import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.EhrAdapterProvider;
import io.clinscribe.delivery.EhrAdapters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where an outbox item goes: an adapter's name and its settings with the secret ones removed, which is all
 * the outbox ever stores. The only ways to make one strip the secrets the provider declares, so a token
 * cannot reach the database by mistake; the courier is given the secrets again when it opens the adapter.
 * Two targets are the same when the adapter and every stored setting are equal.
 */
public final class DeliveryTarget {

    private final AdapterSettings settings;
    private final String key;

    private DeliveryTarget(AdapterSettings settings) {
        this.settings = settings;
        this.key = digest(settings);
    }

    /**
     * The target these settings name, after the adapters have checked them (unknown or missing settings are
     * refused here, before anything is queued), without the secrets.
     */
    public static DeliveryTarget of(EhrAdapters adapters, AdapterSettings settings)
            throws AdapterConfigurationException {
        return of(adapters.checked(settings), settings);
    }

    /** The target for these settings of {@code provider}'s adapter, without the secrets it declares. */
    public static DeliveryTarget of(EhrAdapterProvider provider, AdapterSettings settings) {
        if (!provider.name().equals(settings.adapter())) {
            throw new IllegalArgumentException("settings for adapter " + settings.adapter()
                    + " given with provider " + provider.name());
        }
        return withoutSecrets(settings, provider.options());
    }

    /** The target for these settings, without the secrets among {@code options}. */
    public static DeliveryTarget withoutSecrets(AdapterSettings settings, Iterable<AdapterOption> options) {
        return new DeliveryTarget(settings.withoutSecrets(options));
    }

    /** A target as stored: its settings had their secrets removed when it was made. */
    static DeliveryTarget stored(String adapter, Map<String, String> settings) {
        return new DeliveryTarget(AdapterSettings.of(adapter, settings));
    }

    public String adapter() {
        return settings.adapter();
    }

    /** The stored settings: no secrets. */
    public AdapterSettings settings() {
        return settings;
    }

    /** A digest of the adapter and its stored settings, the outbox's key for "the same target". */
    public String key() {
        return key;
    }

    private static String digest(AdapterSettings settings) {
        StringBuilder text = new StringBuilder(settings.adapter());
        new TreeMap<>(settings.values()).forEach((k, v) -> text.append('\u0000').append(k).append('=').append(v));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeliveryTarget t && t.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key);
    }

    /** The adapter and the names of its settings; values may be addresses a log should not carry. */
    @Override
    public String toString() {
        return settings.toString();
    }
}

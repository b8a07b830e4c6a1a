package io.clinscribe.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The adapters on the classpath, found with {@link ServiceLoader}, and the one place that checks settings
 * against what an adapter declares before opening it.
 */
public final class EhrAdapters {

    private final List<EhrAdapterProvider> providers;

    public EhrAdapters(List<EhrAdapterProvider> providers) {
        this.providers = providers.stream().sorted(Comparator.comparing(EhrAdapterProvider::name)).toList();
    }

    /** The adapters that the context class loader (or else this class's loader) can see. */
    public static EhrAdapters discover() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return discover(loader != null ? loader : EhrAdapters.class.getClassLoader());
    }

    public static EhrAdapters discover(ClassLoader loader) {
        List<EhrAdapterProvider> found = new ArrayList<>();
        ServiceLoader.load(EhrAdapterProvider.class, loader).forEach(found::add);
        return new EhrAdapters(found);
    }

    public List<EhrAdapterProvider> providers() {
        return providers;
    }

    public Optional<EhrAdapterProvider> provider(String name) {
        return providers.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The provider named by the settings, once their names are checked: unknown settings are refused (a
     * misspelt {@code --url} must not silently fall back to a default), required ones must be there.
     */
    public EhrAdapterProvider checked(AdapterSettings settings) throws AdapterConfigurationException {
        EhrAdapterProvider provider = provider(settings.adapter()).orElseThrow(() -> new AdapterConfigurationException(
                "no adapter named '" + settings.adapter() + "'; available: "
                        + providers.stream().map(EhrAdapterProvider::name).collect(Collectors.joining(", "))));
        Set<String> known = provider.options().stream().map(AdapterOption::name).collect(Collectors.toSet());
        for (String name : settings.values().keySet()) {
            if (!known.contains(name)) {
                throw settings.problem(name, "is not a setting of this adapter; it has: "
                        + provider.options().stream().map(AdapterOption::name).sorted().collect(Collectors.joining(", ")));
            }
        }
        for (AdapterOption option : provider.options()) {
            if (option.required()) {
                settings.required(option.name());
            }
        }
        return provider;
    }

    /** Opens the adapter the settings name, after {@link #checked}. */
    public EhrAdapter open(AdapterSettings settings) throws AdapterConfigurationException {
        return checked(settings).open(settings);
    }
}

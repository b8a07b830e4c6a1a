package io.clinscribe.delivery;

import java.util.List;

/**
 * Makes adapters of one kind ("fhir", "hl7v2", "files", or a vendor's own), found by {@link EhrAdapters}
 * through {@link java.util.ServiceLoader}. A provider must have a public no-argument constructor and be
 * listed in {@code META-INF/services/io.clinscribe.delivery.EhrAdapterProvider}.
 */
public interface EhrAdapterProvider {

    /** The name users give to choose this adapter: lower case, no spaces. */
    String name();

    /** One line for `clinscribe deliver --list`. */
    String description();

    /** The settings the adapter reads; {@link EhrAdapters#open} checks the required ones are given. */
    List<AdapterOption> options();

    /**
     * Opens an adapter with these settings. Should check what it can without sending patient data (a URL's
     * form, a directory's permissions), so a wrong setting is reported before anything is queued.
     *
     * @throws AdapterConfigurationException naming the setting that is wrong and why
     */
    EhrAdapter open(AdapterSettings settings) throws AdapterConfigurationException;
}

package io.clinscribe.delivery.fhir.files;

import ca.uhn.fhir.context.FhirContext;
import io.clinscribe.delivery.AdapterConfigurationException;
import io.clinscribe.delivery.AdapterOption;
import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EhrAdapterProvider;
import io.clinscribe.delivery.fhir.OnFirstUse;
import io.clinscribe.delivery.fhir.mapping.FhirRecordMapper;
import io.clinscribe.delivery.fhir.validation.BundleValidator;
import io.clinscribe.delivery.fhir.validation.ValidatedTransactionMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The "files" adapter: FHIR R4 written into a directory, as one transaction Bundle JSON per document
 * ({@code format=bundle}, the default) or NDJSON per resource type ({@code format=ndjson}). Every document is
 * validated first; one with validation errors is refused (permanently) rather than written.
 *
 * <p>The mapper and validator are costly to build (UCUM definitions, FHIR profiles), so a provider builds
 * them on first use and shares them between the adapters it opens.
 */
public final class FilesAdapterProvider implements EhrAdapterProvider {

    public static final String NAME = "files";
    public static final String DIR = "dir";
    public static final String FORMAT = "format";

    private final Supplier<FhirContext> context;
    private final Supplier<ValidatedTransactionMapper> mapper;
    private final Clock clock;

    /**
     * For {@link java.util.ServiceLoader}: the standard mapper and validator (IPS when fetched), built on first
     * open, so that listing the adapters costs nothing.
     */
    public FilesAdapterProvider() {
        Supplier<FhirContext> fhir = new OnFirstUse<>(FhirContext::forR4);
        this.context = fhir;
        this.mapper = new OnFirstUse<>(() -> new ValidatedTransactionMapper(new FhirRecordMapper(), new BundleValidator(fhir.get())));
        this.clock = Clock.systemUTC();
    }

    public FilesAdapterProvider(FhirContext context, ValidatedTransactionMapper mapper, Clock clock) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(mapper, "mapper");
        this.context = () -> context;
        this.mapper = () -> mapper;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "FHIR R4 files in a directory: a transaction Bundle JSON per document, or NDJSON per resource type";
    }

    @Override
    public List<AdapterOption> options() {
        return List.of(
                AdapterOption.required(DIR, "directory to write into; created readable by you only if it does not exist"),
                AdapterOption.optional(FORMAT, "bundle (one <delivery id>.json per document, the default) or ndjson "
                        + "(one <ResourceType>.ndjson per type, documents appended)"));
    }

    @Override
    public EhrAdapter open(AdapterSettings settings) throws AdapterConfigurationException {
        Path dir = settings.path(DIR).orElseThrow(() -> settings.problem(DIR, "is required"));
        OutputFormat format = OutputFormat.fromCode(settings.get(FORMAT).orElse(OutputFormat.BUNDLE.code()))
                .orElseThrow(() -> settings.problem(FORMAT, "must be bundle or ndjson"));
        try {
            AtomicFiles.createPrivateDirectory(dir);
            if (!Files.isWritable(dir)) {
                throw settings.problem(DIR, "is not a directory you can write to: " + dir);
            }
            DeliveryLedger ledger = new DeliveryLedger(dir);
            DocumentWriter writer = format == OutputFormat.NDJSON
                    ? new NdjsonFileWriter(context.get(), dir) : new BundleFileWriter(context.get(), dir);
            return new FileDeliveryAdapter(NAME, dir, mapper.get(), writer, ledger, clock);
        } catch (IOException e) {
            throw new AdapterConfigurationException("adapter " + NAME + ": setting '" + DIR
                    + "' names a directory that cannot be created or used: " + dir, e);
        }
    }
}

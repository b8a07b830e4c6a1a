package io.clinscribe.delivery.fhir.files;

import ca.uhn.fhir.context.FhirContext;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.fhir.FhirTransaction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One file per document, {@code <deliveryId>.json}, holding the transaction Bundle as it would be sent: kept a
 * transaction (not turned into a collection) so the file can be POSTed to any FHIR server's base URL later and
 * still files each resource only once (conditional creates), with the references between them intact.
 */
final class BundleFileWriter implements DocumentWriter {

    private final FhirContext context;
    private final Path directory;

    BundleFileWriter(FhirContext context, Path directory) {
        this.context = context;
        this.directory = directory;
    }

    @Override
    public List<String> write(DeliveryRequest request, FhirTransaction transaction) throws IOException {
        String name = request.deliveryId() + ".json";
        String json = context.newJsonParser().setPrettyPrint(true).encodeResourceToString(transaction.bundle());
        AtomicFiles.write(directory.resolve(name), (json + "\n").getBytes(StandardCharsets.UTF_8));
        return List.of(name);
    }

    @Override
    public String remoteId(FhirTransaction transaction, int bundleEntry) {
        return transaction.bundle().getEntry().get(bundleEntry).getFullUrl();
    }
}

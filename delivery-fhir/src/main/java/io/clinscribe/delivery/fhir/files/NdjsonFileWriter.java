package io.clinscribe.delivery.fhir.files;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.fhir.FhirTransaction;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bulk-data style output: one {@code <ResourceType>.ndjson} file per resource type, each document's resources
 * appended as lines. Outside a Bundle, {@code urn:uuid} references would point nowhere, so each resource gets
 * its bundle-local UUID as id and references become {@code Type/id}; a patient named by identifier becomes a
 * logical reference (Reference.identifier), as a bulk import cannot run the conditional search.
 *
 * <p>Appends to several files are made all-or-nothing with a journal: before appending, the length of each
 * file is written (atomically) to {@code .clinscribe-pending/<deliveryId>}; if the process dies before the
 * ledger records the delivery, {@link #recover} cuts each file back to that length.
 */
final class NdjsonFileWriter implements DocumentWriter {

    static final String PENDING = ".clinscribe-pending";

    private final FhirContext context;
    private final Path directory;
    private final Path pending;

    NdjsonFileWriter(FhirContext context, Path directory) throws IOException {
        this.context = context;
        this.directory = directory;
        this.pending = directory.resolve(PENDING);
        AtomicFiles.createPrivateDirectory(pending);
    }

    @Override
    public List<String> write(DeliveryRequest request, FhirTransaction transaction) throws IOException {
        Map<String, StringBuilder> lines = lines(transaction.bundle());
        StringBuilder journal = new StringBuilder();
        for (String file : lines.keySet()) {
            Path path = directory.resolve(file);
            journal.append(file).append('\t').append(Files.exists(path) ? Files.size(path) : 0L).append('\n');
        }
        AtomicFiles.write(pending.resolve(request.deliveryId()), journal.toString().getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, StringBuilder> e : lines.entrySet()) {
            AtomicFiles.append(directory.resolve(e.getKey()), e.getValue().toString().getBytes(StandardCharsets.UTF_8));
        }
        return List.copyOf(lines.keySet());
    }

    @Override
    public void committed(String deliveryId) throws IOException {
        Files.deleteIfExists(pending.resolve(deliveryId));
    }

    @Override
    public void recover(DeliveryLedger ledger) throws IOException {
        List<Path> journals = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(pending)) {
            found.forEach(journals::add);
        }
        for (Path journal : journals) {
            String deliveryId = journal.getFileName().toString();
            if (deliveryId.startsWith(".")) {
                Files.deleteIfExists(journal);   // a journal whose own atomic write was interrupted
                continue;
            }
            if (!ledger.delivered(deliveryId)) {
                for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        AtomicFiles.truncate(directory.resolve(line.substring(0, tab)), Long.parseLong(line.substring(tab + 1)));
                    }
                }
            }
            Files.deleteIfExists(journal);
        }
    }

    @Override
    public String remoteId(FhirTransaction transaction, int bundleEntry) {
        Bundle.BundleEntryComponent entry = transaction.bundle().getEntry().get(bundleEntry);
        return entry.getResource().fhirType() + "/" + uuid(entry.getFullUrl());
    }

    /** The document's resources as NDJSON lines, per file, in bundle order. */
    private Map<String, StringBuilder> lines(Bundle bundle) {
        Map<String, String> localIds = new HashMap<>();
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            localIds.put(e.getFullUrl(), e.getResource().fhirType() + "/" + uuid(e.getFullUrl()));
        }
        IParser parser = context.newJsonParser().setPrettyPrint(false);
        Map<String, StringBuilder> files = new TreeMap<>();
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            Resource resource = e.getResource().copy();
            resource.setId(uuid(e.getFullUrl()));
            for (Reference reference : context.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class)) {
                rewrite(reference, localIds);
            }
            files.computeIfAbsent(resource.fhirType() + ".ndjson", f -> new StringBuilder())
                    .append(parser.encodeResourceToString(resource)).append('\n');
        }
        return files;
    }

    private static void rewrite(Reference reference, Map<String, String> localIds) {
        String target = reference.getReference();
        if (target == null) {
            return;
        }
        if (localIds.containsKey(target)) {
            reference.setReference(localIds.get(target));
        } else if (target.contains("?identifier=")) {
            String type = target.substring(0, target.indexOf('?'));
            String token = target.substring(target.indexOf("?identifier=") + "?identifier=".length());
            int bar = token.lastIndexOf('|');
            reference.setReference(null);
            reference.setType(type);
            reference.setIdentifier(new Identifier().setSystem(token.substring(0, bar)).setValue(token.substring(bar + 1)));
        }
    }

    private static String uuid(String fullUrl) {
        return fullUrl.substring(fullUrl.lastIndexOf(':') + 1);
    }
}

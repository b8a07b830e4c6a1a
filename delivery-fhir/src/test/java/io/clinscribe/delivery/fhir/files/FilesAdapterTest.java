package io.clinscribe.delivery.fhir.files;

import ca.uhn.fhir.context.FhirContext;
import io.clinscribe.delivery.AdapterConfigurationException;
import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.DeliveryException;
import io.clinscribe.delivery.DeliveryReceipt;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EhrAdapters;
import io.clinscribe.delivery.EntryOutcome;
import io.clinscribe.delivery.PatientContext;
import io.clinscribe.delivery.fhir.FhirTransaction;
import io.clinscribe.delivery.fhir.mapping.ClinicalNotes;
import io.clinscribe.delivery.fhir.mapping.FhirRecordMapper;
import io.clinscribe.delivery.fhir.validation.BundleValidator;
import io.clinscribe.delivery.fhir.validation.FhirPackageDirectory;
import io.clinscribe.delivery.fhir.validation.ValidatedTransactionMapper;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Provenance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FilesAdapterTest {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static final PatientContext PATIENT = PatientContext.parse("urn:oid:1.2.3|MRN-7", Optional.of("enc-1"));
    private static FhirRecordMapper mapper;
    private static BundleValidator validator;
    private static FilesAdapterProvider provider;

    @BeforeAll
    static void buildOnce(@TempDir Path noPackages) {
        mapper = new FhirRecordMapper();
        // Core R4 and vital-signs only: the IPS checks are BundleValidatorTest's, and cost time here.
        validator = new BundleValidator(FHIR, new FhirPackageDirectory(noPackages));
        provider = new FilesAdapterProvider(FHIR, new ValidatedTransactionMapper(mapper, validator),
                Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC));
    }

    private static EhrAdapter open(Path dir, String format) throws AdapterConfigurationException {
        return provider.open(AdapterSettings.of("files", Map.of("dir", dir.toString(), "format", format)));
    }

    @Test
    void foundByNameWithItsSettings() {
        EhrAdapters adapters = EhrAdapters.discover();
        assertTrue(adapters.provider("files").isPresent());
        AdapterConfigurationException missing = assertThrows(AdapterConfigurationException.class,
                () -> adapters.checked(AdapterSettings.of("files", Map.of())));
        assertTrue(missing.getMessage().contains("'dir'"));
        AdapterConfigurationException format = assertThrows(AdapterConfigurationException.class,
                () -> provider.open(AdapterSettings.of("files", Map.of("dir", "/tmp/x", "format", "csv"))));
        assertTrue(format.getMessage().contains("'format'"));
    }

    @Test
    void oneTransactionBundlePerDocumentWrittenOnce(@TempDir Path temp) throws Exception {
        Path dir = temp.resolve("out/fhir");
        DeliveryRequest request = DeliveryRequest.of(ClinicalNotes.rich(), PATIENT);
        try (EhrAdapter adapter = open(dir, "bundle")) {
            DeliveryReceipt first = adapter.deliver(request);
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
            Path file = dir.resolve(request.deliveryId() + ".json");
            assertEquals(List.of(file.getFileName().toString()), first.documentIds());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            Bundle written = (Bundle) FHIR.newJsonParser().parseResource(Files.readString(file));
            assertEquals(Bundle.BundleType.TRANSACTION, written.getType());
            FhirTransaction expected = mapper.map(request);
            assertEquals(expected.bundle().getEntry().size(), written.getEntry().size());
            assertEquals(expected.carriedBy().size(), first.count(EntryOutcome.Status.CREATED));
            assertEquals(expected.notCarried().size(), first.count(EntryOutcome.Status.NOT_CARRIED));
            assertTrue(first.complete());
            byte[] bytes = Files.readAllBytes(file);
            long modified = Files.getLastModifiedTime(file).toMillis();

            DeliveryReceipt again = adapter.deliver(request);
            assertEquals(expected.carriedBy().size(), again.count(EntryOutcome.Status.ALREADY_PRESENT));
            assertEquals(0, again.count(EntryOutcome.Status.CREATED));
            assertArrayEquals(bytes, Files.readAllBytes(file));
            assertEquals(modified, Files.getLastModifiedTime(file).toMillis(), "not written again");
            try (var files = Files.list(dir)) {
                assertEquals(1, files.filter(p -> p.toString().endsWith(".json")).count(), "no temp files left");
            }
        }
    }

    @Test
    void ndjsonPerResourceTypeWithResolvableReferencesAndNoDuplicates(@TempDir Path dir) throws Exception {
        DeliveryRequest rich = DeliveryRequest.of(ClinicalNotes.rich(), PATIENT);
        DeliveryRequest dictated = DeliveryRequest.of(ClinicalNotes.dictated(), PATIENT);
        try (EhrAdapter adapter = open(dir, "ndjson")) {
            adapter.deliver(rich);
            adapter.deliver(dictated);
            adapter.deliver(rich);
        }
        List<String> conditions = Files.readAllLines(dir.resolve("Condition.ndjson"));
        long expected = FhirTransactionCounts.of(mapper.map(rich), "Condition") + FhirTransactionCounts.of(mapper.map(dictated), "Condition");
        assertEquals(expected, conditions.size(), "each document's conditions once");
        Condition first = (Condition) FHIR.newJsonParser().parseResource(conditions.get(0));
        assertTrue(first.getIdElement().getIdPart().matches("[0-9a-f-]{36}"));
        assertFalse(first.getSubject().hasReference(), "a bulk import cannot resolve a conditional reference");
        assertEquals("MRN-7", first.getSubject().getIdentifier().getValue());
        assertEquals("Encounter/enc-1", first.getEncounter().getReference());

        List<String> provenances = Files.readAllLines(dir.resolve("Provenance.ndjson"));
        Provenance provenance = (Provenance) FHIR.newJsonParser().parseResource(provenances.get(0));
        assertEquals("Condition/" + first.getIdElement().getIdPart(), provenance.getTargetFirstRep().getReference());
        assertTrue(provenance.getEntityFirstRep().getWhat().getReference().startsWith("DocumentReference/"));
        assertTrue(Files.exists(dir.resolve("DocumentReference.ndjson")));
    }

    @Test
    void anInterruptedNdjsonWriteIsUndoneBeforeTheRetry(@TempDir Path dir) throws Exception {
        DeliveryRequest request = DeliveryRequest.of(ClinicalNotes.rich(), PATIENT);
        // What a crash leaves: the journal written, some lines appended, no ledger marker.
        Files.createDirectories(dir.resolve(NdjsonFileWriter.PENDING));
        Files.writeString(dir.resolve("Condition.ndjson"), "{\"resourceType\":\"Condition\",\"id\":\"earlier\"}\n");
        Files.writeString(dir.resolve(NdjsonFileWriter.PENDING).resolve(request.deliveryId()),
                "Condition.ndjson\t" + Files.size(dir.resolve("Condition.ndjson")) + "\n");
        Files.writeString(dir.resolve("Condition.ndjson"), "{\"resourceType\":\"Condition\",\"id\":\"half-written\"}\n",
                java.nio.file.StandardOpenOption.APPEND);
        try (EhrAdapter adapter = open(dir, "ndjson")) {
            adapter.deliver(request);
        }
        List<String> lines = Files.readAllLines(dir.resolve("Condition.ndjson"));
        assertTrue(lines.get(0).contains("earlier"));
        assertTrue(lines.stream().noneMatch(l -> l.contains("half-written")));
        assertEquals(1 + FhirTransactionCounts.of(mapper.map(request), "Condition"), lines.size());
        try (var pending = Files.list(dir.resolve(NdjsonFileWriter.PENDING))) {
            assertEquals(0, pending.count());
        }
    }

    @Test
    void aDocumentWithValidationErrorsIsRefusedAndNothingWritten(@TempDir Path dir) throws Exception {
        ValidatedTransactionMapper broken = new ValidatedTransactionMapper(request -> {
            FhirTransaction t = mapper.map(request);
            ((Condition) t.bundle().getEntry().get(1).getResource()).setSubject(null);
            return t;
        }, validator);
        FilesAdapterProvider refusing = new FilesAdapterProvider(FHIR, broken, Clock.systemUTC());
        DeliveryRequest request = DeliveryRequest.of(ClinicalNotes.rich(), PATIENT);
        try (EhrAdapter adapter = refusing.open(AdapterSettings.of("files", Map.of("dir", dir.toString())))) {
            DeliveryException refused = assertThrows(DeliveryException.class, () -> adapter.deliver(request));
            assertFalse(refused.retryable());
            assertTrue(refused.getMessage().contains("Bundle.entry[1].resource"), refused.getMessage());
            assertFalse(refused.getMessage().contains("COPD"));
        }
        assertFalse(Files.exists(dir.resolve(request.deliveryId() + ".json")));
    }

    /** How many resources of a type a transaction holds. */
    static final class FhirTransactionCounts {
        static long of(FhirTransaction t, String type) {
            return t.bundle().getEntry().stream().filter(e -> e.getResource().fhirType().equals(type)).count();
        }
    }

}

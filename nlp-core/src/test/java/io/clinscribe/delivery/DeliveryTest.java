package io.clinscribe.delivery;

import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.DocumentSource;
import io.clinscribe.record.Entry;
import io.clinscribe.record.Mention;
import io.clinscribe.record.Problem;
import io.clinscribe.record.Span;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeliveryTest {

    private static final String NOTE = "Asthma. No diabetes. Asthma.";

    private static ClinicalDocument note() {
        List<Entry> entries = List.of(
                new Problem(Mention.at(NOTE, new Span(0, 6)), Optional.empty()),
                new Problem(Mention.at(NOTE, new Span(11, 19)), Optional.empty()),
                new Problem(Mention.at(NOTE, new Span(0, 6)), Optional.empty()));
        return new ClinicalDocument("note-1", NOTE, List.of(), entries, List.of());
    }

    @Test
    void patientIsParsedAsEhrIdOrIdentifier() {
        PatientContext byId = PatientContext.parse("Patient/123", Optional.of("Encounter/9"));
        assertEquals("123", byId.patientId());
        assertFalse(byId.byIdentifier());
        assertEquals(Optional.of("9"), byId.encounterId());
        PatientContext mrn = PatientContext.parse("urn:oid:1.2.3|MRN-77", Optional.empty());
        assertEquals(Optional.of("urn:oid:1.2.3"), mrn.identifierSystem());
        assertEquals("MRN-77", mrn.patientId());
        assertEquals("urn:oid:1.2.3|MRN-77", mrn.describe());
        assertThrows(IllegalArgumentException.class, () -> PatientContext.parse("|77", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> PatientContext.parse(" ", Optional.empty()));
    }

    @Test
    void identifiersAreStableAndDistinct() {
        PatientContext patient = PatientContext.parse("123", Optional.empty());
        DeliveryRequest first = DeliveryRequest.of(note(), patient);
        DeliveryRequest again = DeliveryRequest.of(note(), patient);
        assertEquals(first.deliveryId(), again.deliveryId());
        assertEquals(first.entryIds(), again.entryIds());
        // the same kind at the same span twice still gets two ids
        assertEquals(3, new HashSet<>(first.entryIds()).size());
        assertNotEquals(first.deliveryId(),
                DeliveryRequest.of(note(), PatientContext.parse("124", Optional.empty())).deliveryId());
        DocumentSource source = new DocumentSource(DocumentSource.Kind.TEXT, "text/plain", "0".repeat(64), 28,
                Optional.empty());
        assertNotEquals(first.deliveryId(), DeliveryRequest.of(note().withSource(source), patient).deliveryId());
    }

    @Test
    void adaptersAreFoundByNameAndTheirSettingsChecked() throws Exception {
        EhrAdapters adapters = EhrAdapters.discover();
        assertTrue(adapters.provider("memory").isPresent());
        AdapterConfigurationException unknown = assertThrows(AdapterConfigurationException.class,
                () -> adapters.open(AdapterSettings.of("epic-direct", Map.of())));
        assertTrue(unknown.getMessage().contains("available: memory"), unknown.getMessage());
        AdapterConfigurationException misspelt = assertThrows(AdapterConfigurationException.class,
                () -> adapters.open(AdapterSettings.of("memory", Map.of("wrd", "4B"))));
        assertTrue(misspelt.getMessage().contains("'wrd' is not a setting"), misspelt.getMessage());
        AdapterConfigurationException missing = assertThrows(AdapterConfigurationException.class,
                () -> adapters.open(AdapterSettings.of("memory", Map.of())));
        assertTrue(missing.getMessage().contains("'ward' is required"), missing.getMessage());

        AdapterSettings settings = AdapterSettings.of("memory", Map.of("ward", "4B", "token", "s3cret"));
        assertFalse(settings.toString().contains("s3cret"));
        assertEquals(Map.of("ward", "4B"),
                settings.withoutSecrets(adapters.provider("memory").get().options()).values());
        try (EhrAdapter adapter = adapters.open(settings)) {
            DeliveryRequest request = DeliveryRequest.of(note(), PatientContext.parse("123", Optional.empty()));
            DeliveryReceipt first = adapter.deliver(request);
            DeliveryReceipt second = adapter.deliver(request);
            assertEquals(3, first.count(EntryOutcome.Status.CREATED));
            assertEquals(3, second.count(EntryOutcome.Status.ALREADY_PRESENT));
            assertTrue(second.complete());
            assertEquals(3, ((InMemoryRecordAdapter.Record) adapter).filed.size());
        }
    }

    @Test
    void durationsReadInShortOrIsoForm() throws Exception {
        AdapterSettings s = AdapterSettings.of("memory", Map.of("a", "30s", "b", "500ms", "c", "PT2M", "d", "soon"));
        assertEquals(30_000, s.duration("a", null).toMillis());
        assertEquals(500, s.duration("b", null).toMillis());
        assertEquals(120_000, s.duration("c", null).toMillis());
        assertEquals(7, s.duration("e", java.time.Duration.ofMillis(7)).toMillis());
        assertThrows(AdapterConfigurationException.class, () -> s.duration("d", null));
    }
}

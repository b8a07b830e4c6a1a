package io.clinscribe.delivery.fhir;

import org.hl7.fhir.r4.model.Bundle;

import java.util.Map;
import java.util.Objects;

/**
 * A document's entries as one FHIR transaction, and which bundle entry carries which of the document's
 * entries, so the server's transaction-response can be read back entry by entry.
 *
 * @param bundle       the transaction Bundle: a DocumentReference for the source, one resource per entry
 *                     (each a conditional create on its stable identifier), and their Provenance
 * @param carriedBy    document entry index -> index in {@code bundle.getEntry()} of the resource that carries it
 * @param notCarried   document entry index -> why FHIR got no resource for it (ids and codes, never text)
 */
public record FhirTransaction(Bundle bundle, Map<Integer, Integer> carriedBy, Map<Integer, String> notCarried) {
    public FhirTransaction {
        Objects.requireNonNull(bundle, "bundle");
        carriedBy = Map.copyOf(carriedBy);
        notCarried = Map.copyOf(notCarried);
    }
}

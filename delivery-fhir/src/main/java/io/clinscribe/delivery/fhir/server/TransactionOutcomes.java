package io.clinscribe.delivery.fhir.server;

import io.clinscribe.delivery.DeliveryException;
import io.clinscribe.delivery.DeliveryReceipt;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.EntryOutcome;
import io.clinscribe.delivery.fhir.FhirTransaction;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ResourceType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a transaction-response entry by entry: {@code 201} is a resource this delivery created, {@code 200}
 * one a conditional create found already there (an earlier delivery of the same document), each with the
 * server's id for it; the transaction's {@code carriedBy} leads back from bundle entries to document entries.
 */
final class TransactionOutcomes {

    private TransactionOutcomes() {
    }

    /** What the server stored, entry by entry, for one delivered transaction. */
    record Stored(int status, Optional<String> remoteId) {
        boolean created() {
            return status == 201;
        }

        boolean stored() {
            return status >= 200 && status < 300;
        }
    }

    static List<Stored> read(Bundle sent, Bundle response) throws DeliveryException {
        if (response == null || response.getEntry().size() != sent.getEntry().size()) {
            // Conditional creates make a resend safe, but a server that answers this way will not start to
            // answer properly by itself.
            throw DeliveryException.permanent("the server's transaction-response has "
                    + (response == null ? "no" : response.getEntry().size()) + " entries for "
                    + sent.getEntry().size() + " sent", null);
        }
        List<Stored> stored = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : response.getEntry()) {
            Bundle.BundleEntryResponseComponent r = entry.getResponse();
            stored.add(new Stored(status(r.getStatus()), location(r.getLocation())));
        }
        return stored;
    }

    static DeliveryReceipt receipt(String adapter, DeliveryRequest request, FhirTransaction transaction,
                                   List<Stored> stored, Instant completedAt) {
        List<EntryOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < request.document().entries().size(); i++) {
            String entryId = request.entryId(i);
            Integer carrier = transaction.carriedBy().get(i);
            if (carrier != null) {
                Stored s = stored.get(carrier);
                if (s.created()) {
                    outcomes.add(EntryOutcome.created(i, entryId, s.remoteId().orElse(null)));
                } else if (s.stored()) {
                    outcomes.add(EntryOutcome.alreadyPresent(i, entryId, s.remoteId().orElse(null)));
                } else {
                    outcomes.add(EntryOutcome.rejected(i, entryId, "HTTP " + s.status() + " for bundle entry " + carrier));
                }
            } else if (transaction.notCarried().containsKey(i)) {
                outcomes.add(EntryOutcome.notCarried(i, entryId, transaction.notCarried().get(i)));
            } else {
                // A mapping that forgot an entry must not look like a delivery.
                outcomes.add(EntryOutcome.rejected(i, entryId, "the FHIR mapping gave this entry no resource"));
            }
        }
        List<String> documentIds = new ArrayList<>();
        List<Bundle.BundleEntryComponent> sent = transaction.bundle().getEntry();
        for (int k = 0; k < sent.size(); k++) {
            if (sent.get(k).getResource() != null
                    && sent.get(k).getResource().getResourceType() == ResourceType.DocumentReference
                    && !transaction.carriedBy().containsValue(k)) {
                stored.get(k).remoteId().ifPresent(documentIds::add);
            }
        }
        return new DeliveryReceipt(request.deliveryId(), adapter, completedAt, outcomes, documentIds);
    }

    /** {@code "201 Created"} -> 201; a status the server left out or garbled counts as 0, not stored. */
    private static int status(String status) {
        if (status == null) {
            return 0;
        }
        String code = status.strip().split("\\s+", 2)[0];
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** {@code https://ehr/fhir/Condition/7/_history/1} -> {@code Condition/7}. */
    private static Optional<String> location(String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        IdType id = new IdType(location);
        return id.hasIdPart() && id.hasResourceType()
                ? Optional.of(id.getResourceType() + "/" + id.getIdPart())
                : Optional.of(location);
    }
}

package io.clinscribe.delivery.fhir.server;

import io.clinscribe.delivery.DeliveryException;
import io.clinscribe.delivery.DeliveryReceipt;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.EntryOutcome;
import io.clinscribe.delivery.EntryOutcome.Status;
import io.clinscribe.delivery.fhir.FhirTransaction;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading a transaction-response back onto the document's entries, without a server. */
class TransactionOutcomesTest {

    private static Bundle response(String... statusAndLocation) {
        Bundle response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        for (int i = 0; i < statusAndLocation.length; i += 2) {
            response.addEntry().getResponse().setStatus(statusAndLocation[i]).setLocation(statusAndLocation[i + 1]);
        }
        return response;
    }

    @Test
    void statusesLocationsAndEntriesTheMappingForgot() throws Exception {
        DeliveryRequest request = ClinicNotes.followUp();
        FhirTransaction full = new StandInMapping().map(request);
        // Entry 2 (the denied chest pain) is dropped from carriedBy, as a faulty mapping might.
        Map<Integer, Integer> carriedBy = new HashMap<>(full.carriedBy());
        carriedBy.remove(2);
        FhirTransaction transaction = new FhirTransaction(full.bundle(), carriedBy, full.notCarried());
        Bundle answer = response(
                "201 Created", "https://ehr.example/fhir/DocumentReference/9/_history/1",
                "200 OK", "Condition/4/_history/3",
                "201", "Provenance/5",
                "201 Created", "Observation/6/_history/1",
                "201 Created", "Provenance/7/_history/1",
                "201 Created", "Condition/8/_history/1",
                "201 Created", "Provenance/10/_history/1");
        List<TransactionOutcomes.Stored> stored = TransactionOutcomes.read(transaction.bundle(), answer);
        DeliveryReceipt receipt = TransactionOutcomes.receipt("fhir", request, transaction, stored, Instant.EPOCH);
        List<EntryOutcome> entries = receipt.entries();
        assertEquals(Status.ALREADY_PRESENT, entries.get(0).status());
        assertEquals(Optional.of("Condition/4"), entries.get(0).remoteId());
        assertEquals(Status.CREATED, entries.get(1).status());
        assertEquals(Optional.of("Observation/6"), entries.get(1).remoteId());
        assertEquals(Status.REJECTED, entries.get(2).status(), "an entry without a resource is not delivered");
        assertEquals(Status.NOT_CARRIED, entries.get(3).status());
        assertEquals(List.of("DocumentReference/9"), receipt.documentIds());
        assertFalse(receipt.complete());
    }

    @Test
    void aResponseWithTheWrongNumberOfEntriesIsRefused() {
        FhirTransaction transaction = new StandInMapping().map(ClinicNotes.followUp());
        DeliveryException e = assertThrows(DeliveryException.class,
                () -> TransactionOutcomes.read(transaction.bundle(), response("201 Created", "Condition/1")));
        assertFalse(e.retryable());
        assertEquals("the server's transaction-response has 1 entries for 7 sent", e.getMessage());
    }
}

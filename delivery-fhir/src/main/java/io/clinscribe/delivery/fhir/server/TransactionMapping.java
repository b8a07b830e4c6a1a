package io.clinscribe.delivery.fhir.server;

import io.clinscribe.delivery.DeliveryException;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.fhir.FhirTransaction;

/**
 * Turns a document into the transaction the server receives. The mapping package provides it
 * ({@code mapper::map}); the adapter only sends and reads back.
 */
@FunctionalInterface
public interface TransactionMapping {

    /**
     * @throws DeliveryException (permanent) when the document cannot be put in FHIR, for example when the
     *         bundle fails offline validation
     */
    FhirTransaction map(DeliveryRequest request) throws DeliveryException;
}

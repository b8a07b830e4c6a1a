package io.clinscribe.delivery.fhir.mapping;

import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.fhir.FhirTransaction;

/** Turns one document's delivery request into the FHIR transaction that files it. */
public interface TransactionMapper {

    /**
     * The transaction Bundle for this request. The same request always gives the same Bundle (byte for byte
     * once encoded), so a retry sends exactly what was sent before.
     */
    FhirTransaction map(DeliveryRequest request);
}

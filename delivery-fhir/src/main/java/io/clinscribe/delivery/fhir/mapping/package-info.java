/**
 * A document's entries as one FHIR R4 transaction Bundle: {@link io.clinscribe.delivery.fhir.mapping.FhirRecordMapper}
 * maps a {@link io.clinscribe.delivery.DeliveryRequest} to a DocumentReference for the source, one resource
 * per entry and its Provenance, each a conditional create on a stable identifier, deterministically.
 */
package io.clinscribe.delivery.fhir.mapping;

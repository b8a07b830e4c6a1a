package io.clinscribe.delivery.fhir.mapping;

import io.clinscribe.delivery.PatientContext;
import org.hl7.fhir.r4.model.Reference;

import java.util.Optional;

/**
 * Whose record the resources go into, as the caller named it: the patient by the EHR's id
 * ({@code Patient/123}) or by a business identifier such as an MRN, which the server resolves in the
 * transaction ({@code Patient?identifier=SYSTEM|VALUE}); and the encounter, by the EHR's id, when given.
 */
public record RecordSubject(PatientContext context) {

    public Reference patient() {
        return new Reference(context.identifierSystem()
                .map(system -> "Patient?identifier=" + system + "|" + context.patientId())
                .orElse("Patient/" + context.patientId()));
    }

    public Optional<Reference> encounter() {
        return context.encounterId().map(id -> new Reference("Encounter/" + id));
    }
}

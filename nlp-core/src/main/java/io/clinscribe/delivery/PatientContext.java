package io.clinscribe.delivery;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The patient, and the encounter if any, that a document belongs to, as the caller names them. Never taken
 * from the text: a name or a number in a note is not proof of whose record it is.
 *
 * @param patientId         the patient's id: the EHR's own id when {@code identifierSystem} is empty,
 *                          otherwise a business identifier (an MRN) within that system
 * @param identifierSystem  the identifier's namespace (a URI or OID, {@code urn:oid:2.16.840.1.113883.3.72.5.9.1})
 * @param encounterId       the EHR's id of the encounter (visit) the document belongs to
 * @param serviceDate       the day the care in the document took place, as the caller knows it (a note seldom
 *                          says; vital signs and results need it to be filed at the right time)
 */
public record PatientContext(String patientId, Optional<String> identifierSystem, Optional<String> encounterId,
                             Optional<LocalDate> serviceDate) {

    public PatientContext {
        Objects.requireNonNull(identifierSystem, "identifierSystem");
        Objects.requireNonNull(encounterId, "encounterId");
        Objects.requireNonNull(serviceDate, "serviceDate");
        if (patientId == null || patientId.isBlank()) {
            throw new IllegalArgumentException("a patient id is required");
        }
        if (patientId.contains("|")) {
            throw new IllegalArgumentException("patient id contains '|'; write the identifier as SYSTEM|VALUE");
        }
        encounterId = encounterId.filter(e -> !e.isBlank());
        identifierSystem = identifierSystem.filter(e -> !e.isBlank());
    }

    /** A context without a service date. */
    public PatientContext(String patientId, Optional<String> identifierSystem, Optional<String> encounterId) {
        this(patientId, identifierSystem, encounterId, Optional.empty());
    }

    /** This context on a given day of care. */
    public PatientContext on(LocalDate day) {
        return new PatientContext(patientId, identifierSystem, encounterId, Optional.of(day));
    }

    /**
     * Parses a patient as given on the command line: {@code 123} or {@code Patient/123} for the EHR's own
     * id, {@code SYSTEM|VALUE} for an identifier such as an MRN.
     */
    public static PatientContext parse(String patient, Optional<String> encounter) {
        Objects.requireNonNull(patient, "patient");
        String p = patient.strip();
        int bar = p.lastIndexOf('|');
        if (bar >= 0) {
            String system = p.substring(0, bar).strip();
            if (system.isEmpty()) {
                throw new IllegalArgumentException("patient identifier '|VALUE' lacks its system; write SYSTEM|VALUE");
            }
            return new PatientContext(p.substring(bar + 1).strip(), Optional.of(system), encounter.map(String::strip));
        }
        if (p.startsWith("Patient/")) {
            p = p.substring("Patient/".length());
        }
        return new PatientContext(p, Optional.empty(), encounter.map(String::strip).map(
                e -> e.startsWith("Encounter/") ? e.substring("Encounter/".length()) : e));
    }

    /** Whether the patient is named by a business identifier rather than the EHR's own id. */
    public boolean byIdentifier() {
        return identifierSystem.isPresent();
    }

    /** The patient as written on the command line, for messages: ids, never names. */
    public String describe() {
        return identifierSystem.map(s -> s + "|" + patientId).orElse("Patient/" + patientId)
                + encounterId.map(e -> ", Encounter/" + e).orElse("");
    }
}

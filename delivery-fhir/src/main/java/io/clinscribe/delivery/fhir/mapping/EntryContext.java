package io.clinscribe.delivery.fhir.mapping;

import org.hl7.fhir.r4.model.Identifier;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a kind mapper needs besides the entry: whose record it goes into, the stable identifier the resource
 * carries, the document text (read only to find words around a mention, such as a family relation), and
 * the day of service when the caller knows it (a note does not say when it was written).
 */
public record EntryContext(RecordSubject subject, Identifier identifier, String documentText,
                           Optional<LocalDate> serviceDate) {
    public EntryContext {
        Objects.requireNonNull(serviceDate, "serviceDate");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(documentText, "documentText");
    }
}

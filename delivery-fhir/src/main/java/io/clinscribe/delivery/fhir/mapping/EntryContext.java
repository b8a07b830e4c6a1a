package io.clinscribe.delivery.fhir.mapping;

import org.hl7.fhir.r4.model.Identifier;

import java.util.Objects;

/**
 * What a kind mapper needs besides the entry: whose record it goes into, the stable identifier the resource
 * carries, and the document text (read only to find words around a mention, such as a family relation).
 */
public record EntryContext(RecordSubject subject, Identifier identifier, String documentText) {
    public EntryContext {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(documentText, "documentText");
    }
}

package io.clinscribe.batch.document;

import io.clinscribe.json.EntriesJsonWriter;
import io.clinscribe.record.ClinicalDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * One input's outcome: the document (with its source, and its problem when the input could not be used)
 * and the fields its capability adds after the standard ones (a dictation's transcript and timings, a
 * scan's pages or form), written exactly as {@code dictate} and {@code scan} print them.
 */
public record ProcessedDocument(ClinicalDocument document, EntriesJsonWriter.ExtraFields extraFields) {

    public ProcessedDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(extraFields, "extraFields");
    }

    /** A text document: no extra fields. */
    public static ProcessedDocument of(ClinicalDocument document) {
        return new ProcessedDocument(document, EntriesJsonWriter.ExtraFields.NONE);
    }

    public boolean failed() {
        return document.failed();
    }

    /** The paper form this input was read as, when it was a scan recognised as one. */
    public java.util.Optional<String> formName() {
        return extraFields instanceof ScanJson scan ? scan.form().map(ScanJson.FormReading::template) : java.util.Optional.empty();
    }

    /** Writes the {@code clinscribe.entries/v1} document with its extra fields (UTF-8, then a newline). */
    public void writeTo(EntriesJsonWriter writer, OutputStream out) throws IOException {
        writer.write(document, extraFields, out);
    }
}

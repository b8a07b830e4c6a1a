package io.clinscribe.handwriting.scan;

import io.clinscribe.handwriting.ocr.RecognizedPage;
import io.clinscribe.record.ClinicalDocument;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A scanned document read: its pages' words, their text, and (unless only text was asked for) its entries. */
public record ScannedDocument(String id, List<RecognizedPage> pages, ScanText text, Optional<ClinicalDocument> document) {

    public ScannedDocument {
        Objects.requireNonNull(id, "id");
        pages = List.copyOf(pages);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(document, "document");
    }
}

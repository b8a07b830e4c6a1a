package io.clinscribe.handwriting.scan;

import io.clinscribe.handwriting.ink.RenderedInk;
import io.clinscribe.handwriting.ocr.RecognizedPage;
import io.clinscribe.record.ClinicalDocument;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A scanned document read: its pages' words, their text, (unless only text was asked for) its entries,
 * and for pages of digital ink their rendering, by page number.
 */
public record ScannedDocument(String id, List<RecognizedPage> pages, ScanText text, Optional<ClinicalDocument> document,
                              Map<Integer, RenderedInk> ink) {

    public ScannedDocument {
        Objects.requireNonNull(id, "id");
        pages = List.copyOf(pages);
        ink = Map.copyOf(ink);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(document, "document");
    }
}

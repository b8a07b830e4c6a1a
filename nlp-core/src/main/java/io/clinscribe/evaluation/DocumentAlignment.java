package io.clinscribe.evaluation;

import io.clinscribe.record.Entry;

import java.util.List;
import java.util.Objects;

/**
 * How one document's predicted entries line up with its gold entries: matched pairs, gold entries no
 * prediction matched (false negatives) and predictions matching no gold entry (false positives), each in
 * text order. {@code predictionMissing} is set when no predicted document had this id.
 */
public record DocumentAlignment(String documentId, String text, List<MatchedEntry> matched, List<Entry> missed,
                                List<Entry> spurious, boolean predictionMissing) {

    public DocumentAlignment {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(text, "text");
        matched = List.copyOf(matched);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }
}

package io.clinscribe.speech.dictation;

import io.clinscribe.record.ClinicalDocument;

import java.util.Objects;

/** A dictation and the entries taken from its clean text, each carrying the audio it was spoken in. */
public record DictatedDocument(Dictation dictation, ClinicalDocument document) {

    public DictatedDocument {
        Objects.requireNonNull(dictation, "dictation");
        Objects.requireNonNull(document, "document");
    }
}

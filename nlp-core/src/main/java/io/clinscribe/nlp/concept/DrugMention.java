package io.clinscribe.nlp.concept;

import io.clinscribe.record.Code;
import io.clinscribe.record.Span;
import java.util.List;

/** A drug name the dictionary found, with its RxNorm codes (the base ingredient's too) and UMLS CUI. */
public record DrugMention(Span span, List<Code> codes) {
    public DrugMention {
        codes = List.copyOf(codes);
    }
}

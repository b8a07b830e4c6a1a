package io.clinscribe.nlp.concept;

import io.clinscribe.record.Span;
import java.util.List;
import java.util.Objects;

/**
 * A concept the dictionary lookup found: its span, UMLS CUI and semantic types, and the SNOMED CT and
 * RxNorm codes the terminology gives it.
 */
public record ConceptCandidate(Span span, String cui, List<String> tuis, List<String> snomedCodes,
                               List<String> rxnormCodes, String preferredText) {
    public ConceptCandidate {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(cui, "cui");
        tuis = List.copyOf(tuis);
        snomedCodes = List.copyOf(snomedCodes);
        rxnormCodes = List.copyOf(rxnormCodes);
        preferredText = preferredText == null ? "" : preferredText;
    }

    public SemanticGroup group() {
        return SemanticGroup.ofAll(tuis);
    }
}

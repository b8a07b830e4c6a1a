package io.clinscribe.evaluation.negex;

import io.clinscribe.record.Span;

import java.util.Optional;

/**
 * Opens {@link NegexKitEvaluation}'s package-private condition locator to the cTAKES comparison, so both
 * systems are scored on exactly the same condition spans. A stopgap: once nlp-core makes
 * {@code NegexKitEvaluation.locate} public, this class goes and the comparison calls it directly.
 */
public final class KitConditions {

    private KitConditions() {
    }

    /** Where the kit row's condition occurs in its sentence; see {@code NegexKitEvaluation.locate}. */
    public static Optional<Span> locate(String sentence, String condition) {
        return NegexKitEvaluation.locate(sentence, condition);
    }
}

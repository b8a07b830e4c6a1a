package io.clinscribe.nlp.assertion;

import java.util.List;
import java.util.Objects;

/**
 * One lexicon entry: a phrase (as normalised tokens, possibly with token classes such as {@code <year>}),
 * what it signals, which way its scope runs and how far (in words between list separators).
 * For a {@link ContextCategory#TERMINATION}, {@code terminates} is the bit set of categories it ends.
 */
public record ContextTrigger(ContextCategory category, TriggerDirection direction, List<String> phrase, int window,
                             long terminates) {
    public ContextTrigger {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(direction, "direction");
        phrase = List.copyOf(phrase);
        if (phrase.isEmpty()) {
            throw new IllegalArgumentException("empty trigger phrase");
        }
        if (window < 0) {
            throw new IllegalArgumentException("negative window");
        }
    }

    boolean ends(ContextCategory scopeCategory) {
        return (terminates & scopeCategory.bit()) != 0;
    }
}

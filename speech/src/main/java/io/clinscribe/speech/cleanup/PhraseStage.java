package io.clinscribe.speech.cleanup;

import java.util.List;

/**
 * One step of formatting the words between two commands (README section 3, step 4), in the spirit of a
 * token filter: it takes the phrase's items and returns them with its one job done. Stateless.
 */
interface PhraseStage {

    /** What a stage may know about the phrase's surroundings. */
    record Context(boolean joinBefore, boolean joinAfter) {
    }

    List<Item> apply(List<Item> items, Context context);
}

package io.clinscribe.nlp.assertion;

/** What a ConText lexicon entry signals. */
public enum ContextCategory {
    /** The finding is absent ("no", "denies", "was ruled out"). */
    NEGATION,
    /** Looks like a cue but is not one ("no increase", "not only", "gram negative"); hides shorter cues. */
    PSEUDO,
    /** The finding is possible, suspected or under consideration ("r/o", "vs", "less likely"). */
    UNCERTAIN,
    /** A condition or conditional treatment ("if", "return for", "should"); applies to every kind. */
    HYPOTHETICAL,
    /** A planned, ordered or recommended test or procedure ("will obtain", "ordered"). */
    PLANNED,
    /** Treatment given only on a condition that follows it ("start lisinopril if BP remains high"). */
    CONDITIONED,
    /** A past episode ("history of", "s/p", "in 2010"); chronic conditions stay current. */
    HISTORICAL,
    /** Over regardless of course: resolved problems, stopped or completed medications. */
    RESOLVED,
    /** About a blood relative. */
    FAMILY,
    /** About another person (partner, roommate, coworker). */
    OTHER,
    /** Ends the scope of the categories it names ("but", "which", "reports"). */
    TERMINATION,
    /** A word that marks a condition as chronic (stays current after "history of"). */
    CHRONIC,
    /** A word that marks a condition as a past episode when history is mentioned. */
    EPISODIC;

    long bit() {
        return 1L << ordinal();
    }
}

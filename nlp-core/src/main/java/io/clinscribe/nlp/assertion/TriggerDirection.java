package io.clinscribe.nlp.assertion;

/** Which side of a trigger its scope lies on. */
public enum TriggerDirection {
    /** The trigger precedes the finding ("no fever"). */
    FORWARD,
    /** The trigger follows the finding ("PE was ruled out"). */
    BACKWARD,
    /** Either side ("pneumonia vs bronchitis"). */
    BIDIRECTIONAL,
    /** Not a scoped cue (pseudo-triggers, terminations, course words). */
    NONE;

    boolean looksForward() {
        return this == FORWARD || this == BIDIRECTIONAL;
    }

    boolean looksBackward() {
        return this == BACKWARD || this == BIDIRECTIONAL;
    }
}

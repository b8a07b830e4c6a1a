package io.clinscribe.record;

import java.util.List;

/**
 * One structured, coded record entry taken from a clinical document. Sealed, so a mapper to an EHR
 * format can be checked for completeness against the permitted kinds.
 */
public sealed interface Entry permits Problem, Medication, Allergy, VitalSign, LabResult, Procedure {

    Mention mention();

    /** A copy with another mention (assertion, codes, provenance or review flags changed). */
    Entry withMention(Mention mention);

    EntryKind kind();

    default Span span() {
        return mention().span();
    }

    default Assertion assertion() {
        return mention().assertion();
    }

    default List<Code> codes() {
        return mention().codes();
    }

    default Provenance provenance() {
        return mention().provenance();
    }

    default boolean needsReview() {
        return mention().needsReview();
    }
}

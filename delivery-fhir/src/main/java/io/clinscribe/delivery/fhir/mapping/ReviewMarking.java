package io.clinscribe.delivery.fhir.mapping;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Resource;

/**
 * Marks a resource whose entry a clinician should review before relying on it. Every resource gets the tag
 * (an EHR can list and filter them with {@code _tag}); resources with a verification or result status also
 * get an unconfirmed or preliminary one, so an EHR that ignores tags still shows them as unverified.
 */
public final class ReviewMarking {

    public static final String SYSTEM = "https://clinscribe.io/fhir/CodeSystem/review";
    public static final String NEEDS_REVIEW = "needs-review";

    private ReviewMarking() {
    }

    static void mark(Resource resource) {
        resource.getMeta().addTag(tag());
    }

    public static Coding tag() {
        return new Coding(SYSTEM, NEEDS_REVIEW, "Extracted by software; needs review by a clinician");
    }
}

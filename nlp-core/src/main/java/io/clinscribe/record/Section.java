package io.clinscribe.record;

import java.util.Objects;

/**
 * A section of a note (history of present illness, medications, assessment and plan ...): its canonical
 * name, the heading as written, and the span from the heading to the next section.
 */
public record Section(String name, String heading, Span span) {
    public static final String HPI = "history_of_present_illness";
    public static final String PAST_MEDICAL_HISTORY = "past_medical_history";
    public static final String PAST_SURGICAL_HISTORY = "past_surgical_history";
    public static final String MEDICATIONS = "medications";
    public static final String ALLERGIES = "allergies";
    public static final String FAMILY_HISTORY = "family_history";
    public static final String SOCIAL_HISTORY = "social_history";
    public static final String REVIEW_OF_SYSTEMS = "review_of_systems";
    public static final String PHYSICAL_EXAM = "physical_exam";
    public static final String VITAL_SIGNS = "vital_signs";
    public static final String LABS = "labs";
    public static final String ASSESSMENT_AND_PLAN = "assessment_and_plan";
    public static final String CHIEF_COMPLAINT = "chief_complaint";
    public static final String PLAN = "plan";

    public Section {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(span, "span");
    }
}

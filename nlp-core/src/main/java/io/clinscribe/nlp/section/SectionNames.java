package io.clinscribe.nlp.section;

import io.clinscribe.record.Section;

/**
 * Canonical section names beyond those of {@link Section}. The names are the wire values used in
 * {@code Mention.section}; {@link Section} holds the core ones (HPI, medications, allergies ...).
 */
public final class SectionNames {
    public static final String ASSESSMENT = "assessment";
    public static final String IMPRESSION = "impression";
    public static final String DIAGNOSES = "diagnoses";
    public static final String PREOPERATIVE_DIAGNOSIS = "preoperative_diagnosis";
    public static final String POSTOPERATIVE_DIAGNOSIS = "postoperative_diagnosis";
    public static final String PROCEDURES = "procedures";
    public static final String ANESTHESIA = "anesthesia";
    public static final String FINDINGS = "findings";
    public static final String INDICATIONS = "indications";
    public static final String COMPLICATIONS = "complications";
    public static final String ESTIMATED_BLOOD_LOSS = "estimated_blood_loss";
    public static final String SPECIMENS = "specimens";
    public static final String IMAGING = "imaging";
    public static final String HOSPITAL_COURSE = "hospital_course";
    public static final String DISCHARGE_MEDICATIONS = "discharge_medications";
    public static final String SUBJECTIVE = "subjective";
    public static final String OBJECTIVE = "objective";
    public static final String IMMUNIZATIONS = "immunizations";
    public static final String BIRTH_HISTORY = "birth_history";
    public static final String PSYCHIATRIC_HISTORY = "psychiatric_history";
    public static final String MENTAL_STATUS_EXAM = "mental_status_exam";
    public static final String OBSTETRIC_HISTORY = "obstetric_history";
    public static final String DISPOSITION = "disposition";
    public static final String FOLLOW_UP = "follow_up";
    public static final String IDENTIFYING_DATA = "identifying_data";

    private SectionNames() {
    }
}

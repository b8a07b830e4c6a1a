package io.clinscribe.record;

/** The vital signs clinscribe recognises, with their LOINC codes and default UCUM units. */
public enum VitalSignType {
    BLOOD_PRESSURE("blood_pressure", "85354-9", "Blood pressure panel", "mm[Hg]"),
    HEART_RATE("heart_rate", "8867-4", "Heart rate", "/min"),
    RESPIRATORY_RATE("respiratory_rate", "9279-1", "Respiratory rate", "/min"),
    BODY_TEMPERATURE("body_temperature", "8310-5", "Body temperature", "Cel"),
    OXYGEN_SATURATION("oxygen_saturation", "2708-6", "Oxygen saturation in Arterial blood", "%"),
    BODY_WEIGHT("body_weight", "29463-7", "Body weight", "kg"),
    BODY_HEIGHT("body_height", "8302-2", "Body height", "cm"),
    BMI("bmi", "39156-5", "Body mass index (BMI) [Ratio]", "kg/m2"),
    PAIN_SCORE("pain_score", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "");

    public static final String SYSTOLIC_LOINC = "8480-6";
    public static final String DIASTOLIC_LOINC = "8462-4";

    private final String code;
    private final String loinc;
    private final String loincDisplay;
    private final String defaultUnit;

    VitalSignType(String code, String loinc, String loincDisplay, String defaultUnit) {
        this.code = code;
        this.loinc = loinc;
        this.loincDisplay = loincDisplay;
        this.defaultUnit = defaultUnit;
    }

    public String code() {
        return code;
    }

    public String loinc() {
        return loinc;
    }

    public String loincDisplay() {
        return loincDisplay;
    }

    /** The UCUM unit taken when the note omits one; empty for unitless scores. */
    public String defaultUnit() {
        return defaultUnit;
    }

    public static VitalSignType fromCode(String code) {
        for (VitalSignType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown vital sign: " + code);
    }
}

package io.clinscribe.record;

/** An explicit abnormal flag on a lab result, as HL7 v2 / FHIR observation interpretation codes. */
public enum LabInterpretation {
    HIGH("H"), LOW("L"), NORMAL("N"), ABNORMAL("A");

    private final String code;

    LabInterpretation(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static LabInterpretation fromCode(String code) {
        for (LabInterpretation i : values()) {
            if (i.code.equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown interpretation: " + code);
    }
}

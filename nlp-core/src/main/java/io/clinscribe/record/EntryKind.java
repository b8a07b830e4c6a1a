package io.clinscribe.record;

/** The kinds of record entry, with their {@code clinscribe.entries/v1} wire names. */
public enum EntryKind {
    PROBLEM("problem"), MEDICATION("medication"), ALLERGY("allergy"), VITAL_SIGN("vital_sign"),
    LAB_RESULT("lab_result"), PROCEDURE("procedure");

    private final String code;

    EntryKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static EntryKind fromCode(String code) {
        for (EntryKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown entry kind: " + code);
    }
}

package io.clinscribe.record;

/** Whom a mention is about. Blood relatives are family members; partners, roommates and co-workers are others. */
public enum Subject {
    PATIENT("patient"), FAMILY_MEMBER("family_member"), OTHER("other");

    private final String code;

    Subject(String code) {
        this.code = code;
    }

    /** The wire value of {@code clinscribe.entries/v1}. */
    public String code() {
        return code;
    }

    public static Subject fromCode(String code) {
        for (Subject s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown subject: " + code);
    }
}

package io.clinscribe.record;

/** Route of administration, as the lower-case words of {@code clinscribe.entries/v1}, with SNOMED CT codes. */
public enum Route {
    ORAL("oral", "26643006"),
    SUBLINGUAL("sublingual", "37839007"),
    INTRAVENOUS("intravenous", "47625008"),
    INTRAMUSCULAR("intramuscular", "78421000"),
    SUBCUTANEOUS("subcutaneous", "34206005"),
    TOPICAL("topical", "6064005"),
    TRANSDERMAL("transdermal", "45890007"),
    INHALATION("inhalation", "18679011000001101"),
    NASAL("nasal", "46713006"),
    OPHTHALMIC("ophthalmic", "54485002"),
    OTIC("otic", "10547007"),
    RECTAL("rectal", "37161004"),
    VAGINAL("vaginal", "16857009");

    private final String code;
    private final String snomed;

    Route(String code, String snomed) {
        this.code = code;
        this.snomed = snomed;
    }

    public String code() {
        return code;
    }

    public String snomedCode() {
        return snomed;
    }

    public static Route fromCode(String code) {
        for (Route r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown route: " + code);
    }
}

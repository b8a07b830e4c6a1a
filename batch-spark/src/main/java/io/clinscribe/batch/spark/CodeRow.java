package io.clinscribe.batch.spark;

import java.io.Serializable;

/** One code of an entry (a Spark bean: a public no-argument constructor and accessors). */
public final class CodeRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String system;
    private String code;
    private String display;

    public CodeRow() {
    }

    CodeRow(String system, String code, String display) {
        this.system = system;
        this.code = code;
        this.display = display;
    }

    public String getSystem() {
        return system;
    }

    public void setSystem(String system) {
        this.system = system;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getDisplay() {
        return display;
    }

    public void setDisplay(String display) {
        this.display = display;
    }
}

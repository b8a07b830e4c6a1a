package io.clinscribe.delivery.hl7v2.mllp;

import ca.uhn.hl7v2.ErrorCode;

import java.util.Objects;

/**
 * One ERR segment of an ACK, by its codes only: the free-text parts (ERR-7, ERR-8, MSA-3) are left out of
 * every message clinscribe writes because a receiver may quote patient data in them.
 *
 * @param code            ERR-3, the HL7 error code (table 0357: 101 required field missing, 204 unknown key
 *                        identifier, 207 application internal error ...), or ERR-1's code in a v2.3-style ACK
 * @param location        ERR-2 (or ERR-1) as {@code SEG[rep]-field.component}, empty when not given
 * @param applicationCode ERR-5, the receiver's own error code, empty when not given
 */
public record AckError(String code, String location, String applicationCode) {

    public AckError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(applicationCode, "applicationCode");
    }

    /** 206 (record locked) and 207 (internal error) say nothing is wrong with the message: try it again. */
    public boolean transientError() {
        return code.equals("206") || code.equals("207");
    }

    /** 205: the receiver already holds this message or key, which for an idempotent resend is success. */
    public boolean duplicate() {
        return code.equals("205");
    }

    /** {@code ERR-3 204 (Unknown key identifier) at PID[1]-3}: codes and positions, never text. */
    public String describe() {
        StringBuilder s = new StringBuilder("ERR-3 ").append(code.isEmpty() ? "(none)" : code);
        try {
            ErrorCode known = ErrorCode.errorCodeFor(Integer.parseInt(code));
            if (known != null && code.equals(Integer.toString(known.getCode()))) {
                s.append(" (").append(known.getMessage()).append(')');
            }
        } catch (NumberFormatException e) {
            // a receiver's own code: shown as given
        }
        if (!location.isEmpty()) {
            s.append(" at ").append(location);
        }
        if (!applicationCode.isEmpty()) {
            s.append(", application error ").append(applicationCode);
        }
        return s.toString();
    }
}

package io.clinscribe.delivery.hl7v2.mllp;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.util.Terser;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A receiver's answer to one message: MSA-1, MSA-2 and its ERR segments, read by position so an ACK of any
 * v2 version is understood.
 */
public record Acknowledgement(String code, String controlId, List<AckError> errors) {

    /** What the sender does with an answer. */
    public enum Verdict {
        /** AA/CA: stored. */
        ACCEPTED,
        /** The receiver already had it (ERR 205): stored by an earlier send. */
        DUPLICATE,
        /** Nothing wrong with the message; the receiver cannot take it now. Send it again after a pause. */
        TRY_AGAIN,
        /** The receiver refuses this message; sending it again will not help. */
        REFUSED
    }

    public Acknowledgement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(controlId, "controlId");
        errors = List.copyOf(errors);
    }

    public static Acknowledgement read(Message reply) throws HL7Exception {
        Terser t = new Terser(reply);
        List<AckError> errors = new ArrayList<>();
        Structure[] err = reply.getAll("ERR");
        for (int i = 0; i < err.length; i++) {
            String prefix = "/ERR(" + i + ")-";
            String code = value(t, prefix + "3-1");
            String location = location(t, prefix + "2-");
            if (code.isEmpty()) {
                // v2.3-style ERR-1 (ELD): segment^sequence^field^code
                code = value(t, prefix + "1-4-1");
                location = location.isEmpty() ? eldLocation(t, prefix + "1-") : location;
            }
            errors.add(new AckError(code, location, value(t, prefix + "5-1")));
        }
        return new Acknowledgement(value(t, "/MSA-1"), value(t, "/MSA-2"), errors);
    }

    /**
     * AA/CA accepts. Otherwise: a duplicate (205) is success; an internal error or locked record (206, 207), or
     * an AR/CR with no error code at all (the standard's "rejected for reasons unrelated to its content, e.g.
     * system down"), is worth another try; anything else refuses the message.
     */
    public Verdict verdict() {
        if (code.equals("AA") || code.equals("CA")) {
            return Verdict.ACCEPTED;
        }
        if (errors.stream().anyMatch(AckError::duplicate)) {
            return Verdict.DUPLICATE;
        }
        if (errors.stream().anyMatch(AckError::transientError)) {
            return Verdict.TRY_AGAIN;
        }
        boolean reject = code.equals("AR") || code.equals("CR");
        if (reject && errors.stream().allMatch(e -> e.code().isEmpty())) {
            return Verdict.TRY_AGAIN;
        }
        return Verdict.REFUSED;
    }

    /** {@code MSA-1 AR, ERR-3 204 (Unknown key identifier) at PID[1]-3}. */
    public String describe() {
        String head = "MSA-1 " + (code.isEmpty() ? "(none)" : code);
        return errors.isEmpty() ? head
                : head + ", " + errors.stream().map(AckError::describe).collect(Collectors.joining("; "));
    }

    private static String location(Terser t, String erl) throws HL7Exception {
        String segment = value(t, erl + "1");
        if (segment.isEmpty()) {
            return "";
        }
        return position(segment, value(t, erl + "2"), value(t, erl + "3"), value(t, erl + "5"));
    }

    private static String eldLocation(Terser t, String eld) throws HL7Exception {
        String segment = value(t, eld + "1");
        return segment.isEmpty() ? "" : position(segment, value(t, eld + "2"), value(t, eld + "3"), "");
    }

    private static String position(String segment, String sequence, String field, String component) {
        StringBuilder s = new StringBuilder(segment);
        if (!sequence.isEmpty()) {
            s.append('[').append(sequence).append(']');
        }
        if (!field.isEmpty()) {
            s.append('-').append(field);
            if (!component.isEmpty()) {
                s.append('.').append(component);
            }
        }
        return s.toString();
    }

    private static String value(Terser t, String path) throws HL7Exception {
        String v = t.get(path);
        return v == null ? "" : v.strip();
    }
}

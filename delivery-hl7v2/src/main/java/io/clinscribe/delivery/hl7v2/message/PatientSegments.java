package io.clinscribe.delivery.hl7v2.message;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.datatype.CX;
import ca.uhn.hl7v2.model.v251.segment.PID;
import ca.uhn.hl7v2.model.v251.segment.PV1;
import io.clinscribe.delivery.PatientContext;

/**
 * PID and PV1 from the patient and encounter the caller named. Only identifiers go out: clinscribe has no
 * demographics (and must not take them from the text), so the receiver matches the patient on PID-3.
 */
final class PatientSegments {

    private PatientSegments() {
    }

    /**
     * PID-3: the MRN with its assigning authority when the caller gave an identifier system (type MR), else
     * the EHR's own patient id (type PI). An {@code urn:oid:} system becomes HD-2 with type ISO, any other URI
     * HD-2 with type URI, a bare name the HD-1 namespace an engine usually keys on.
     */
    static void fill(PID pid, PatientContext patient) throws HL7Exception {
        pid.getSetIDPID().setValue("1");
        CX id = pid.getPatientIdentifierList(0);
        id.getIDNumber().setValue(patient.patientId());
        if (patient.identifierSystem().isPresent()) {
            String system = patient.identifierSystem().get();
            if (system.startsWith("urn:oid:")) {
                id.getAssigningAuthority().getUniversalID().setValue(system.substring("urn:oid:".length()));
                id.getAssigningAuthority().getUniversalIDType().setValue("ISO");
            } else if (system.contains(":")) {
                id.getAssigningAuthority().getUniversalID().setValue(system);
                id.getAssigningAuthority().getUniversalIDType().setValue("URI");
            } else {
                id.getAssigningAuthority().getNamespaceID().setValue(system);
            }
            id.getIdentifierTypeCode().setValue("MR");
        } else {
            id.getIdentifierTypeCode().setValue("PI");
        }
    }

    /** PV1 with PV1-19 the visit number when the caller named an encounter; patient class U (unknown). */
    static void fill(PV1 pv1, PatientContext patient) throws HL7Exception {
        pv1.getSetIDPV1().setValue("1");
        pv1.getPatientClass().setValue("U");
        if (patient.encounterId().isPresent()) {
            pv1.getVisitNumber().getIDNumber().setValue(patient.encounterId().get());
            pv1.getVisitNumber().getIdentifierTypeCode().setValue("VN");
        }
    }
}

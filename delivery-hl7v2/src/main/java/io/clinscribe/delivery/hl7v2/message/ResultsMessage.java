package io.clinscribe.delivery.hl7v2.message;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Type;
import ca.uhn.hl7v2.model.v251.datatype.CE;
import ca.uhn.hl7v2.model.v251.datatype.EI;
import ca.uhn.hl7v2.model.v251.datatype.NM;
import ca.uhn.hl7v2.model.v251.datatype.ST;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_ORDER_OBSERVATION;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_PATIENT_RESULT;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.segment.NTE;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import ca.uhn.hl7v2.parser.ModelClassFactory;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.record.Code;
import io.clinscribe.record.Entry;
import io.clinscribe.record.LabResult;
import io.clinscribe.record.VitalSign;
import io.clinscribe.record.VitalSignType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A document's vital signs and lab results as one unsolicited ORU^R01 (v2.5.1): PID (and PV1 with the visit
 * number when the caller named an encounter), then one ORC/OBR per panel, vital signs under LOINC 85353-1 and
 * lab results under the local code {@value #LABS_PANEL}, and one OBX per value: LOINC and UCUM coded, NM for a
 * number and ST for a text result ("negative"), the note's abnormal flag in OBX-8, and OBX-11 {@code P}
 * (preliminary) for entries clinscribe wants reviewed, {@code F} otherwise. Blood pressure is two OBX (8480-6
 * and 8462-4) sharing one OBX-4 sub-id.
 */
public final class ResultsMessage {

    /** HL7 table 0396: the coding system of codes local to the sender. */
    public static final String LOCAL_CODING_SYSTEM = "L";
    public static final String LABS_PANEL = "CLINSCRIBE-LABS";
    static final String VITALS_PANEL_LOINC = "85353-1";
    static final String VITALS_PANEL_NAME = "Vital signs, weight, height, head circumference, oxygen saturation and BMI panel";

    private final MessageHeader header;
    private final ModelClassFactory classes;

    public ResultsMessage(MessageHeader header, ModelClassFactory classes) {
        this.header = header;
        this.classes = classes;
    }

    /** The ORU^R01 for the request's eligible results, or empty when it has none ({@link ResultEligibility}). */
    public Optional<BuiltMessage> build(DeliveryRequest request, Instant at) throws HL7Exception {
        List<Integer> vitals = new ArrayList<>();
        List<Integer> labs = new ArrayList<>();
        List<Entry> entries = request.document().entries();
        for (int i = 0; i < entries.size(); i++) {
            if (ResultEligibility.whyNot(entries.get(i)).isEmpty()) {
                (entries.get(i) instanceof VitalSign ? vitals : labs).add(i);
            }
        }
        if (vitals.isEmpty() && labs.isEmpty()) {
            return Optional.empty();
        }
        String controlId = MessageControlId.of(request.deliveryId(), "ORU");
        ORU_R01 oru = new ORU_R01(classes);
        header.fill(oru.getMSH(), "ORU", "R01", "ORU_R01", controlId, at);
        ORU_R01_PATIENT_RESULT result = oru.getPATIENT_RESULT();
        PatientSegments.fill(result.getPATIENT().getPID(), request.context());
        if (request.context().encounterId().isPresent()) {
            PatientSegments.fill(result.getPATIENT().getVISIT().getPV1(), request.context());
        }
        Map<Integer, String> carried = new LinkedHashMap<>();
        int panel = 0;
        if (!vitals.isEmpty()) {
            panel++;
            Panel p = new Panel(oru, result.getORDER_OBSERVATION(panel - 1), panel, controlId + "-V", at);
            p.order(VITALS_PANEL_LOINC, VITALS_PANEL_NAME, "LN", request.context().serviceDate());
            for (int i : vitals) {
                carried.put(i, p.vitalSign((VitalSign) entries.get(i)));
            }
            p.complete();
        }
        if (!labs.isEmpty()) {
            panel++;
            Panel p = new Panel(oru, result.getORDER_OBSERVATION(panel - 1), panel, controlId + "-L", at);
            p.order(LABS_PANEL, "Laboratory results stated in a clinical note", LOCAL_CODING_SYSTEM,
                    request.context().serviceDate());
            for (int i : labs) {
                carried.put(i, p.labResult((LabResult) entries.get(i)));
            }
            p.complete();
        }
        return Optional.of(new BuiltMessage(oru, controlId, carried));
    }

    /** One ORC/OBR and its OBX, numbered as it fills. */
    private final class Panel {
        private final Message message;
        private final ORU_R01_ORDER_OBSERVATION group;
        private final int number;
        private final String fillerOrderNumber;
        private final Instant at;
        private int observations;
        private int subIds;
        private boolean preliminary;

        Panel(Message message, ORU_R01_ORDER_OBSERVATION group, int number, String fillerOrderNumber, Instant at) {
            this.message = message;
            this.group = group;
            this.number = number;
            this.fillerOrderNumber = fillerOrderNumber;
            this.at = at;
        }

        /**
         * ORC-1 RE (observations to follow) and OBR; the filler order number (ORC-3/OBR-3), stable like MSH-10,
         * is what engines that update results key on. OBR-7 is the day of care the caller named (to the day, as
         * that is all a note tells), else the report time: receivers need OBR-7 to file a result.
         */
        void order(String code, String name, String system, Optional<java.time.LocalDate> day) throws HL7Exception {
            group.getORC().getOrderControl().setValue("RE");
            fillerOrderNumber(group.getORC().getFillerOrderNumber());
            OBR obr = group.getOBR();
            obr.getSetIDOBR().setValue(Integer.toString(number));
            fillerOrderNumber(obr.getFillerOrderNumber());
            coded(obr.getUniversalServiceIdentifier(), code, name, system);
            obr.getObservationDateTime().getTime().setValue(
                    day.map(d -> d.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)).orElse(HL7Time.of(at)));
            obr.getResultsRptStatusChngDateTime().getTime().setValue(HL7Time.of(at));
        }

        void complete() throws HL7Exception {
            group.getOBR().getResultStatus().setValue(preliminary ? "P" : "F");
        }

        String vitalSign(VitalSign v) throws HL7Exception {
            if (v.type() == VitalSignType.BLOOD_PRESSURE) {
                String subId = Integer.toString(++subIds);
                int first = observation(v, VitalSignType.SYSTOLIC_LOINC, "Systolic blood pressure", "LN",
                        numeric(v.systolic().orElseThrow()), v.unit(), subId, Optional.empty());
                int second = observation(v, VitalSignType.DIASTOLIC_LOINC, "Diastolic blood pressure", "LN",
                        numeric(v.diastolic().orElseThrow()), v.unit(), subId, Optional.empty());
                return location(first) + "-" + second + "]";
            }
            int at = observation(v, v.type().loinc(), v.type().loincDisplay(), "LN", numeric(v.value().orElseThrow()),
                    v.unit(), "", Optional.empty());
            return location(at) + "]";
        }

        /** A LOINC-coded lab by its code; one without LOINC by its name as written, in the local system. */
        String labResult(LabResult lab) throws HL7Exception {
            Optional<Code> loinc = lab.codes().stream().filter(c -> Code.LOINC.equals(c.system())).findFirst();
            String code = loinc.map(Code::code).orElse(lab.name());
            String name = loinc.map(Code::display).filter(d -> !d.isBlank()).orElse(lab.name());
            String system = loinc.isPresent() ? "LN" : LOCAL_CODING_SYSTEM;
            Type value;
            String unit;
            if (lab.numericValue().isPresent()) {
                value = numeric(lab.numericValue().get());
                unit = lab.unit().orElse("");
            } else {
                ST text = new ST(message);
                text.setValue(lab.textValue().orElseThrow());
                value = text;
                unit = "";
            }
            int at = observation(lab, code, name, system, value, unit, "",
                    lab.interpretation().map(i -> i.code()));
            return location(at) + "]";
        }

        private int observation(Entry entry, String code, String name, String system, Type value, String unit,
                                String subId, Optional<String> abnormalFlag) throws HL7Exception {
            OBX obx = group.getOBSERVATION(observations).getOBX();
            observations++;
            obx.getSetIDOBX().setValue(Integer.toString(observations));
            obx.getValueType().setValue(value instanceof NM ? "NM" : "ST");
            coded(obx.getObservationIdentifier(), code, name, system);
            obx.getObservationSubID().setValue(subId);
            obx.getObservationValue(0).setData(value);
            if (!unit.isEmpty()) {
                // UCUM codes carry no display name in the record model; the code is what receivers map
                obx.getUnits().getIdentifier().setValue(unit);
                obx.getUnits().getNameOfCodingSystem().setValue("UCUM");
            }
            if (abnormalFlag.isPresent()) {
                obx.getAbnormalFlags(0).setValue(abnormalFlag.get());
            }
            boolean unverified = entry.needsReview() || entry.assertion().uncertain();
            preliminary |= unverified;
            obx.getObservationResultStatus().setValue(unverified ? "P" : "F");
            if (entry.needsReview()) {
                // the reasons are clinscribe's own words ("implausible heart_rate value"), never the note's text
                NTE nte = group.getOBSERVATION(observations - 1).getNTE();
                nte.getSetIDNTE().setValue("1");
                nte.getSourceOfComment().setValue("L");
                nte.getComment(0).setValue("clinscribe: needs review: " + String.join("; ", entry.mention().reviewReasons()));
            }
            return observations;
        }

        private NM numeric(BigDecimal number) throws HL7Exception {
            NM nm = new NM(message);
            nm.setValue(number.toPlainString());
            return nm;
        }

        private void fillerOrderNumber(EI ei) throws HL7Exception {
            ei.getEntityIdentifier().setValue(fillerOrderNumber);
            ei.getNamespaceID().setValue(header.sendingApplication());
        }

        private String location(int observation) {
            return "OBR[" + number + "]/OBX[" + observation;
        }
    }

    private static void coded(CE ce, String code, String name, String system) throws HL7Exception {
        ce.getIdentifier().setValue(code);
        ce.getText().setValue(name);
        ce.getNameOfCodingSystem().setValue(system);
    }
}

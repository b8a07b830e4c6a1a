package io.clinscribe.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.clinscribe.record.Allergy;
import io.clinscribe.record.Entry;
import io.clinscribe.record.EntryKind;
import io.clinscribe.record.LabResult;
import io.clinscribe.record.Medication;
import io.clinscribe.record.Mention;
import io.clinscribe.record.Problem;
import io.clinscribe.record.Procedure;
import io.clinscribe.record.VitalSign;

import java.io.IOException;

/** Picks the attribute codec of an entry's kind; the switch over {@link EntryKind} is checked complete by the compiler. */
final class EntryAttributes {

    private static final MedicationAttributes MEDICATION = new MedicationAttributes();
    private static final AllergyAttributes ALLERGY = new AllergyAttributes();
    private static final VitalSignAttributes VITAL_SIGN = new VitalSignAttributes();
    private static final LabResultAttributes LAB_RESULT = new LabResultAttributes();

    private EntryAttributes() {
    }

    static void write(Entry entry, JsonGenerator json) throws IOException {
        switch (entry.kind()) {
            case PROBLEM -> BodySiteAttributes.PROBLEM.write((Problem) entry, json);
            case PROCEDURE -> BodySiteAttributes.PROCEDURE.write((Procedure) entry, json);
            case MEDICATION -> MEDICATION.write((Medication) entry, json);
            case ALLERGY -> ALLERGY.write((Allergy) entry, json);
            case VITAL_SIGN -> VITAL_SIGN.write((VitalSign) entry, json);
            case LAB_RESULT -> LAB_RESULT.write((LabResult) entry, json);
        }
    }

    static Entry read(EntryKind kind, Mention mention, JsonFields attributes) {
        return switch (kind) {
            case PROBLEM -> BodySiteAttributes.PROBLEM.read(mention, attributes);
            case PROCEDURE -> BodySiteAttributes.PROCEDURE.read(mention, attributes);
            case MEDICATION -> MEDICATION.read(mention, attributes);
            case ALLERGY -> ALLERGY.read(mention, attributes);
            case VITAL_SIGN -> VITAL_SIGN.read(mention, attributes);
            case LAB_RESULT -> LAB_RESULT.read(mention, attributes);
        };
    }
}

package io.clinscribe.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.clinscribe.record.Mention;
import io.clinscribe.record.VitalSign;
import io.clinscribe.record.VitalSignType;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

/** name (vital sign type), value or systolic + diastolic, and unit (left out when empty, as for pain scores). */
final class VitalSignAttributes implements AttributeCodec<VitalSign> {

    @Override
    public void write(VitalSign v, JsonGenerator json) throws IOException {
        json.writeStringField("name", v.type().code());
        writeNumber(json, "value", v.value());
        writeNumber(json, "systolic", v.systolic());
        writeNumber(json, "diastolic", v.diastolic());
        if (!v.unit().isEmpty()) {
            json.writeStringField("unit", v.unit());
        }
    }

    @Override
    public VitalSign read(Mention mention, JsonFields a) {
        VitalSignType type = a.code("name", a.requiredText("name"), VitalSignType::fromCode);
        Optional<BigDecimal> value = a.decimal("value");
        Optional<BigDecimal> systolic = a.decimal("systolic");
        Optional<BigDecimal> diastolic = a.decimal("diastolic");
        if (type == VitalSignType.BLOOD_PRESSURE ? systolic.isEmpty() || diastolic.isEmpty() : value.isEmpty()) {
            throw a.invalid(type == VitalSignType.BLOOD_PRESSURE ? "systolic" : "value",
                    "a " + type.code() + " needs " + (type == VitalSignType.BLOOD_PRESSURE
                            ? "systolic and diastolic" : "a value"));
        }
        return new VitalSign(mention, type, value, systolic, diastolic, a.text("unit").orElse(""));
    }

    private static void writeNumber(JsonGenerator json, String field, Optional<BigDecimal> n) throws IOException {
        if (n.isPresent()) {
            json.writeNumberField(field, n.get());
        }
    }
}

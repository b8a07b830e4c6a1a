package io.clinscribe.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.clinscribe.record.Medication;
import io.clinscribe.record.Mention;
import io.clinscribe.record.Quantity;
import io.clinscribe.record.Route;
import io.clinscribe.record.Timing;

import java.io.IOException;
import java.util.Optional;

/** drug, strength, dose, form, route, frequency (FHIR Timing.repeat), asNeeded, asNeededFor, duration. */
final class MedicationAttributes implements AttributeCodec<Medication> {

    @Override
    public void write(Medication m, JsonGenerator json) throws IOException {
        json.writeStringField("drug", m.drug());
        writeQuantity(json, "strength", m.strength());
        writeQuantity(json, "dose", m.dose());
        if (m.form().isPresent()) {
            json.writeStringField("form", m.form().get());
        }
        if (m.route().isPresent()) {
            json.writeStringField("route", m.route().get().code());
        }
        if (m.frequency().isPresent()) {
            Timing t = m.frequency().get();
            json.writeObjectFieldStart("frequency");
            json.writeNumberField("frequency", t.frequency());
            json.writeNumberField("period", t.period());
            json.writeStringField("periodUnit", t.periodUnit());
            if (t.periodMax().isPresent()) {
                json.writeNumberField("periodMax", t.periodMax().get());
            }
            json.writeEndObject();
        }
        if (m.asNeeded().isPresent()) {
            json.writeBooleanField("asNeeded", m.asNeeded().get());
        }
        if (m.asNeededFor().isPresent()) {
            json.writeStringField("asNeededFor", m.asNeededFor().get());
        }
        writeQuantity(json, "duration", m.duration());
    }

    @Override
    public Medication read(Mention mention, JsonFields a) {
        Optional<Route> route = a.text("route").map(r -> a.code("route", r, Route::fromCode));
        Optional<Timing> frequency = a.object("frequency").map(f -> new Timing(f.requiredInt("frequency"),
                f.requiredDecimal("period"), f.decimal("periodMax"), f.requiredText("periodUnit")));
        return new Medication(mention, a.requiredText("drug"), readQuantity(a, "strength"), readQuantity(a, "dose"),
                a.text("form"), route, frequency, a.bool("asNeeded"), a.text("asNeededFor"),
                readQuantity(a, "duration"));
    }

    private static void writeQuantity(JsonGenerator json, String field, Optional<Quantity> q) throws IOException {
        if (q.isPresent()) {
            json.writeObjectFieldStart(field);
            json.writeNumberField("value", q.get().value());
            json.writeStringField("unit", q.get().unit());
            json.writeEndObject();
        }
    }

    private static Optional<Quantity> readQuantity(JsonFields a, String field) {
        return a.object(field).map(q -> new Quantity(q.requiredDecimal("value"), q.text("unit").orElse("")));
    }
}

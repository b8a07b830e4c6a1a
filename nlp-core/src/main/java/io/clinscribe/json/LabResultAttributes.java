package io.clinscribe.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.clinscribe.record.LabInterpretation;
import io.clinscribe.record.LabResult;
import io.clinscribe.record.Mention;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

/** name (required), value as a JSON number or a text ("negative"), unit and interpretation (H, L, N, A). */
final class LabResultAttributes implements AttributeCodec<LabResult> {

    @Override
    public void write(LabResult lab, JsonGenerator json) throws IOException {
        json.writeStringField("name", lab.name());
        if (lab.numericValue().isPresent()) {
            json.writeNumberField("value", lab.numericValue().get());
        } else if (lab.textValue().isPresent()) {
            json.writeStringField("value", lab.textValue().get());
        }
        if (lab.unit().isPresent()) {
            json.writeStringField("unit", lab.unit().get());
        }
        if (lab.interpretation().isPresent()) {
            json.writeStringField("interpretation", lab.interpretation().get().code());
        }
    }

    @Override
    public LabResult read(Mention mention, JsonFields a) {
        Optional<BigDecimal> numeric = Optional.empty();
        Optional<String> text = Optional.empty();
        JsonNode value = a.raw("value");
        if (value != null) {
            if (value.isNumber()) {
                numeric = a.decimal("value");
            } else if (value.isTextual()) {
                text = a.text("value");
            } else {
                throw a.invalid("value", "expected a number or a string");
            }
        }
        Optional<LabInterpretation> interpretation = a.text("interpretation")
                .map(i -> a.code("interpretation", i, LabInterpretation::fromCode));
        return new LabResult(mention, a.requiredText("name"), numeric, text, a.text("unit"), interpretation);
    }
}

package io.clinscribe.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.clinscribe.record.Allergy;
import io.clinscribe.record.Mention;

import java.io.IOException;

/** substance (required) and reaction. */
final class AllergyAttributes implements AttributeCodec<Allergy> {

    @Override
    public void write(Allergy allergy, JsonGenerator json) throws IOException {
        json.writeStringField("substance", allergy.substance());
        if (allergy.reaction().isPresent()) {
            json.writeStringField("reaction", allergy.reaction().get());
        }
    }

    @Override
    public Allergy read(Mention mention, JsonFields a) {
        return new Allergy(mention, a.requiredText("substance"), a.text("reaction"));
    }
}

package io.clinscribe.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.clinscribe.record.Entry;
import io.clinscribe.record.EntryKind;
import io.clinscribe.record.Mention;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * An entry's {@code attributes} object alone, as a JSON string: how pipeline stages hand entries to
 * each other inside a UIMA CAS. Thread-safe.
 */
public final class EntryAttributesJson {

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();
    private final JsonFactory factory = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    public String write(Entry entry) {
        StringWriter out = new StringWriter(64);
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartObject();
            EntryAttributes.write(entry, json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public Entry read(EntryKind kind, Mention mention, String attributes) {
        try {
            JsonNode node = mapper.readTree(attributes == null || attributes.isEmpty() ? "{}" : attributes);
            return EntryAttributes.read(kind, mention, JsonFields.of(node, "attributes"));
        } catch (IOException e) {
            throw new EntriesFormatException("attributes: not JSON (" + e.getClass().getSimpleName() + ")");
        }
    }
}

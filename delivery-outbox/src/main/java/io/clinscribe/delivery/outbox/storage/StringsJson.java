package io.clinscribe.delivery.outbox.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The small JSON columns: an adapter's settings (sorted, so equal settings give equal text) and entry ids. */
public final class StringsJson {

    private final ObjectMapper mapper = new ObjectMapper();

    public String settings(Map<String, String> settings) {
        return write(new TreeMap<>(settings));
    }

    public Map<String, String> settings(String json) throws JsonProcessingException {
        return mapper.readValue(json, new TypeReference<TreeMap<String, String>>() { });
    }

    public String ids(List<String> ids) {
        return write(ids);
    }

    public List<String> ids(String json) throws JsonProcessingException {
        return mapper.readValue(json, new TypeReference<List<String>>() { });
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings always serialise", e);
        }
    }
}

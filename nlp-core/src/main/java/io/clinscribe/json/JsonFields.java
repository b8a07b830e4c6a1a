package io.clinscribe.json;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One JSON object being read, with its path in the document so that errors say where they are
 * ("entries[3].attributes.strength.value"). Missing and null fields are the same: absent.
 * Messages name JSON types, never values, so patient text does not end up in logs.
 */
final class JsonFields {

    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonFields of(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new EntriesFormatException(where(path) + "expected an object, found " + type(node));
        }
        return new JsonFields(node, path);
    }

    String path() {
        return path;
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    JsonNode raw(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    Optional<JsonFields> object(String field) {
        JsonNode v = raw(field);
        return v == null ? Optional.empty() : Optional.of(of(v, path(field)));
    }

    JsonFields requiredObject(String field) {
        return object(field).orElseThrow(() -> missing(field));
    }

    Optional<String> text(String field) {
        JsonNode v = raw(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw wrongType(field, "a string", v);
        }
        return Optional.of(v.textValue());
    }

    String requiredText(String field) {
        return text(field).orElseThrow(() -> missing(field));
    }

    Optional<BigDecimal> decimal(String field) {
        JsonNode v = raw(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isNumber()) {
            throw wrongType(field, "a number", v);
        }
        return Optional.of(v.decimalValue());
    }

    BigDecimal requiredDecimal(String field) {
        return decimal(field).orElseThrow(() -> missing(field));
    }

    int requiredInt(String field) {
        long value = longValue(field).orElseThrow(() -> missing(field));
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw invalid(field, "integer out of range");
        }
        return (int) value;
    }

    /** An integer; 12.0 is accepted as 12, since other tools write whole numbers as doubles. */
    Optional<Long> longValue(String field) {
        JsonNode v = raw(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isNumber() || !isWhole(v.decimalValue())) {
            throw wrongType(field, "an integer", v);
        }
        try {
            return Optional.of(v.decimalValue().longValueExact());
        } catch (ArithmeticException e) {
            throw invalid(field, "integer out of range");
        }
    }

    private static boolean isWhole(BigDecimal n) {
        return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    }

    Optional<Double> doubleValue(String field) {
        JsonNode v = raw(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isNumber()) {
            throw wrongType(field, "a number", v);
        }
        return Optional.of(v.doubleValue());
    }

    Optional<Boolean> bool(String field) {
        JsonNode v = raw(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isBoolean()) {
            throw wrongType(field, "true or false", v);
        }
        return Optional.of(v.booleanValue());
    }

    /** The elements of an array field, each with its indexed path; empty when the field is absent. */
    List<JsonNode> array(String field) {
        JsonNode v = raw(field);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw wrongType(field, "an array", v);
        }
        List<JsonNode> items = new ArrayList<>(v.size());
        v.forEach(items::add);
        return items;
    }

    /** Turns an enum's {@code fromCode} refusal into an error naming the field. */
    <T> T code(String field, String value, Function<String, T> fromCode) {
        try {
            return fromCode.apply(value);
        } catch (IllegalArgumentException e) {
            throw new EntriesFormatException(where(path(field)) + e.getMessage());
        }
    }

    EntriesFormatException missing(String field) {
        return new EntriesFormatException(where(path(field)) + "required field is missing");
    }

    EntriesFormatException invalid(String field, String why) {
        return new EntriesFormatException(where(path(field)) + why);
    }

    private EntriesFormatException wrongType(String field, String expected, JsonNode found) {
        return new EntriesFormatException(where(path(field)) + "expected " + expected + ", found " + type(found));
    }

    private static String where(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }

    private static String type(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        return switch (n.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}

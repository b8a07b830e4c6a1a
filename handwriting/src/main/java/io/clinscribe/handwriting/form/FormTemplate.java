package io.clinscribe.handwriting.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A paper form's layout: its size in template pixels, the corner registration marks used to align a
 * scan to it, the printed anchors (a title, headings) that tell it from other forms, and its fields, each
 * with a zone and what it expects (free text, a date, digits, a vital sign with its unit and pattern, or
 * a checkbox answering a question group). Read from the JSON file format documented in
 * {@code corpora/scans/README.md}.
 */
public record FormTemplate(String name, int width, int height, List<Zone> registrationMarks, List<Anchor> anchors,
                           List<Field> fields) {

    /** A rectangle {@code [x0, y0, x1, y1)} in template pixels. */
    public record Zone(int x0, int y0, int x1, int y1) {
        public Zone {
            if (x1 <= x0 || y1 <= y0) {
                throw new IllegalArgumentException("empty zone");
            }
        }

        double centreX() {
            return (x0 + x1) / 2.0;
        }

        double centreY() {
            return (y0 + y1) / 2.0;
        }
    }

    /** Words printed on every copy of the form, and where: what recognises a scan as this form. */
    public record Anchor(String text, Zone zone) {
        public Anchor {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("an anchor has no text");
            }
        }
    }

    /** What a field holds. */
    public enum Kind { TEXT, DATE, DIGITS, VITAL, CHECKBOX }

    /**
     * One field. {@code vital} is the vital sign's name in clinscribe.entries/v1, {@code printedUnit} the
     * unit printed beside it; {@code group} and {@code value} say which answer a checkbox gives;
     * {@code format} a date's order ({@code MM/DD/YYYY} or {@code DD/MM/YYYY}) and {@code length} how many
     * digits a digits field holds.
     */
    public record Field(String name, String label, Kind kind, Zone zone, Optional<String> pattern,
                        Optional<String> vital, Optional<String> printedUnit, Optional<String> group,
                        Optional<String> value, Optional<String> format, Optional<Integer> length) {

        /** A field without a date format or digit count. */
        public Field(String name, String label, Kind kind, Zone zone, Optional<String> pattern, Optional<String> vital,
                     Optional<String> printedUnit, Optional<String> group, Optional<String> value) {
            this(name, label, kind, zone, pattern, vital, printedUnit, group, value, Optional.empty(), Optional.empty());
        }
    }

    public FormTemplate {
        registrationMarks = List.copyOf(registrationMarks);
        anchors = List.copyOf(anchors);
        fields = List.copyOf(fields);
    }

    /** A form without printed anchors. */
    public FormTemplate(String name, int width, int height, List<Zone> registrationMarks, List<Field> fields) {
        this(name, width, height, registrationMarks, List.of(), fields);
    }

    public static FormTemplate read(Path file) throws IOException {
        return parse(text(file), file.toString());
    }

    /** A template file's text, with an error that names the file and what is wrong. */
    public static String text(Path file) throws IOException {
        try {
            return Files.readString(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(file + ": not a form template (not UTF-8 text)", e);
        } catch (IOException e) {
            throw new IOException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * A template from its JSON text.
     *
     * @param source where the text came from, for messages (and the form's name when the JSON gives none)
     */
    public static FormTemplate parse(String json, String source) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IOException(source + ": not a form template (" + e.getClass().getSimpleName() + ")", e);
        }
        try {
            List<Zone> marks = new ArrayList<>();
            for (JsonNode mark : root.path("registrationMarks")) {
                marks.add(zone(mark));
            }
            List<Anchor> anchors = new ArrayList<>();
            for (JsonNode anchor : root.path("anchors")) {
                anchors.add(new Anchor(anchor.path("text").asText(""), zone(anchor.path("zone"))));
            }
            List<Field> fields = new ArrayList<>();
            for (JsonNode f : root.path("fields")) {
                fields.add(new Field(text(f, "name"), f.path("label").asText(text(f, "name")),
                        Kind.valueOf(text(f, "kind").toUpperCase(java.util.Locale.ROOT)), zone(f.path("zone")),
                        optional(f, "pattern"), optional(f, "vital"), optional(f, "printedUnit"), optional(f, "group"),
                        optional(f, "value"), optional(f, "format"),
                        f.hasNonNull("length") ? Optional.of(f.get("length").asInt()) : Optional.empty()));
            }
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("no fields");
            }
            return new FormTemplate(root.path("form").asText(source.substring(source.lastIndexOf('/') + 1)),
                    root.path("width").asInt(), root.path("height").asInt(), marks, anchors, fields);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException(source + ": invalid form template (" + e.getMessage() + ")", e);
        }
    }

    private static Zone zone(JsonNode z) {
        if (!z.isArray() || z.size() != 4) {
            throw new IllegalArgumentException("a zone is [x0, y0, x1, y1]");
        }
        return new Zone(z.get(0).asInt(), z.get(1).asInt(), z.get(2).asInt(), z.get(3).asInt());
    }

    private static String text(JsonNode node, String field) {
        String value = node.path(field).asText("");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a field lacks '" + field + "'");
        }
        return value;
    }

    private static Optional<String> optional(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }
}

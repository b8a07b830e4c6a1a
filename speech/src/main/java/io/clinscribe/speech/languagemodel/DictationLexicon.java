package io.clinscribe.speech.languagemodel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The spoken-form vocabulary of dictation by slot ({@code drug}, {@code heading}, {@code letters} ...)
 * and the sentence shapes that use it, read from this package's resource files: the hand-written
 * {@code dictation-lexicon.txt} and {@code dictation-templates.txt}, and {@code clinical-terms.txt}
 * (slots {@code term_problem}, {@code term_procedure}, {@code term_anatomy}, {@code term_drug}) which
 * {@code scripts/extract-clinical-terms.py} selects from the project's sno_rx dictionary. Immutable.
 */
public final class DictationLexicon {

    /** What a recogniser emits: words of a-z and the apostrophe, separated by single spaces. */
    static final Pattern SPOKEN_FORM = Pattern.compile("[a-z']+( [a-z']+)*");

    private final Map<String, List<String>> slots;
    private final List<String> templates;

    DictationLexicon(Map<String, List<String>> slots, List<String> templates) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        slots.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.slots = java.util.Collections.unmodifiableMap(copy); // keeps file order: reproducible corpus
        this.templates = List.copyOf(templates);
    }

    /** The lexicon and templates shipped with clinscribe. */
    public static DictationLexicon load() {
        Map<String, List<String>> slots = new LinkedHashMap<>();
        readSlots(lines("dictation-lexicon.txt"), slots);
        readSlots(lines("clinical-terms.txt"), slots);
        return new DictationLexicon(slots, lines("dictation-templates.txt"));
    }

    private static void readSlots(List<String> lines, Map<String, List<String>> slots) {
        List<String> current = null;
        for (String line : lines) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = slots.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException("lexicon entry before any [slot]: " + line);
            } else {
                requireSpoken(line);
                current.add(line);
            }
        }
    }

    private static void requireSpoken(String entry) {
        if (!SPOKEN_FORM.matcher(entry).matches()) {
            throw new IllegalStateException("not spoken form: " + entry);
        }
    }

    private static List<String> lines(String resource) {
        InputStream in = DictationLexicon.class.getResourceAsStream(resource);
        Objects.requireNonNull(in, "missing resource " + resource);
        List<String> result = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    result.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    public List<String> slot(String name) {
        List<String> entries = slots.get(name);
        if (entries == null) {
            throw new IllegalArgumentException("no lexicon slot " + name);
        }
        return entries;
    }

    public boolean hasSlot(String name) {
        return slots.containsKey(name);
    }

    public Map<String, List<String>> slots() {
        return slots;
    }

    public List<String> templates() {
        return templates;
    }
}

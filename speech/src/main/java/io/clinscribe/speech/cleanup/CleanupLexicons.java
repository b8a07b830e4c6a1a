package io.clinscribe.speech.cleanup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the clean-up conventions, loaded once from the resource files of this package and
 * shared read-only by every stage. Multi-word keys are stored with single spaces.
 */
final class CleanupLexicons {

    /** A phrase of the letter lexicon or the unit lexicon: what it writes and how it behaves. */
    record Entry(String written, String kind) {
    }

    final Map<String, Command> commands;
    final int longestCommand;
    final Set<String> periodWordAfter;
    final Set<String> periodWordBefore;
    final Set<String> colonOrganAfter;
    final Set<String> colonOrganBefore;
    final Map<String, String> headings;
    final Map<String, String> subheadings;
    final Map<String, String> fixedExpressions;
    final Map<String, Entry> letters;
    final Map<String, Entry> properNouns;
    final Set<String> months;
    final Set<String> weekdays;
    final Set<String> mayContext;
    final Map<String, String> pronouns;
    final Map<String, Entry> units;
    final Map<String, String> denominators;
    final Set<String> compoundUnitHeads;
    final Set<String> adjectiveUnits;
    final Set<String> ageUnits;
    final Set<String> timeUnits;
    final Set<String> digitTriggers;
    final Map<String, Entry> misheardCommands;
    final Set<String> comaWords;

    private CleanupLexicons() {
        Map<String, Command> commandMap = new LinkedHashMap<>();
        table("commands.tsv").forEach((k, v) -> commandMap.put(k, Command.valueOf(v.get(0))));
        commands = Map.copyOf(commandMap);
        longestCommand = commands.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        periodWordAfter = words("period-word-after.txt");
        periodWordBefore = words("period-word-before.txt");
        colonOrganAfter = words("colon-organ-after.txt");
        colonOrganBefore = words("colon-organ-before.txt");
        headings = pairs("headings.tsv");
        subheadings = pairs("subheadings.tsv");
        fixedExpressions = pairs("fixed-expressions.tsv");
        letters = entries("letters.tsv", false);
        properNouns = entries("proper-nouns.tsv", true);
        months = words("months.txt");
        weekdays = words("weekdays.txt");
        mayContext = words("may-context.txt");
        pronouns = pairs("pronouns.tsv");
        units = entries("units.tsv", false);
        denominators = pairs("unit-denominators.tsv");
        compoundUnitHeads = words("compound-unit-heads.txt");
        adjectiveUnits = words("adjective-units.txt");
        ageUnits = words("age-units.txt");
        timeUnits = words("time-units.txt");
        digitTriggers = Set.copyOf(lines("digit-triggers.txt"));
        misheardCommands = entries("misheard-commands.tsv", false);
        comaWords = words("coma-words.txt");
    }

    /** Loads every list from the classpath; call once and share the result. */
    static CleanupLexicons load() {
        return new CleanupLexicons();
    }

    static int length(String phrase) {
        return phrase.split(" ").length;
    }

    private static Set<String> words(String resource) {
        return Set.copyOf(lines(resource).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }

    private static Map<String, String> pairs(String resource) {
        Map<String, String> map = new LinkedHashMap<>();
        table(resource).forEach((k, v) -> map.put(k, v.get(0)));
        return Map.copyOf(map);
    }

    /** Two-column entries (written, kind); keyed by the first column, or by the lower-cased written form. */
    private static Map<String, Entry> entries(String resource, boolean keyedByWritten) {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            String[] cells = line.split("\t");
            if (keyedByWritten) {
                map.put(cells[0].toLowerCase(Locale.ROOT), new Entry(cells[0], cells[1]));
            } else {
                map.put(cells[0], new Entry(cells[1], cells.length > 2 ? cells[2] : ""));
            }
        }
        return Map.copyOf(map);
    }

    private static Map<String, List<String>> table(String resource) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            String[] cells = line.split("\t");
            map.put(cells[0], List.of(cells).subList(1, cells.length));
        }
        return map;
    }

    private static List<String> lines(String resource) {
        InputStream in = CleanupLexicons.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing clean-up lexicon " + resource);
        }
        List<String> result = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    result.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read clean-up lexicon " + resource, e);
        }
        return result;
    }
}

package io.clinscribe.nlp.lab;

import io.clinscribe.nlp.lexicon.LexiconResource;
import io.clinscribe.record.Code;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a {@link LabResultFinder} knows about laboratory reporting: test names with their LOINC codes,
 * units as written with their UCUM codes, qualitative result words, specimen or timing words that belong
 * to a test's name, the head words of free-text test names ("... PCR", "... antigen") and organisms
 * reported by cultures. Loaded once from resource files, immutable, shared.
 */
public final class LabTestLexicon {

    /** A lab test: its LOINC code when the name alone pins one down. */
    record LabTest(Optional<Code> loinc) {
    }

    /** A unit as written after a value, with its UCUM code. */
    record WrittenUnit(Pattern pattern, String ucum) {
    }

    /** A qualitative result word and the text value it gives; an empty value means "as written, lower case". */
    record ResultWord(Pattern pattern, String value) {
    }

    /** A word written before a test name that is part of it; {@code keepsCode} when it names the same test. */
    record NameModifier(Pattern pattern, boolean keepsCode) {
    }

    private static final String BASE = "/io/clinscribe/nlp/lab/";
    /**
     * Case matters only for short abbreviations that are words or other abbreviations in another case (K, Na,
     * PT, eGFR); from this length on ("HbA1c", "NT-proBNP") any spelling of the case is the same test.
     */
    private static final int CASE_FREE_LENGTH = 5;

    private final Map<String, LabTest> caseSensitive;
    private final Map<String, LabTest> caseInsensitive;
    private final Pattern caseSensitiveNames;
    private final Pattern caseInsensitiveNames;
    private final List<WrittenUnit> units;
    private final List<ResultWord> resultWords;
    private final List<NameModifier> modifiers;
    private final Pattern testHeads;
    private final Pattern organisms;

    private LabTestLexicon(Map<String, LabTest> caseSensitive, Map<String, LabTest> caseInsensitive,
                           List<WrittenUnit> units, List<ResultWord> resultWords, List<NameModifier> modifiers,
                           Pattern testHeads, Pattern organisms) {
        this.caseSensitive = Map.copyOf(caseSensitive);
        this.caseInsensitive = Map.copyOf(caseInsensitive);
        this.caseSensitiveNames = alternation(caseSensitive.keySet(), 0);
        this.caseInsensitiveNames = alternation(caseInsensitive.keySet(), Pattern.CASE_INSENSITIVE);
        this.units = List.copyOf(units);
        this.resultWords = List.copyOf(resultWords);
        this.modifiers = List.copyOf(modifiers);
        this.testHeads = testHeads;
        this.organisms = organisms;
    }

    /** The lexicon shipped with clinscribe. */
    public static LabTestLexicon load() {
        Map<String, LabTest> cs = new HashMap<>();
        Map<String, LabTest> ci = new HashMap<>();
        for (String[] row : rows("lab-tests.tsv")) {
            Optional<Code> code = row.length > 1 && !row[1].equals("-")
                    ? Optional.of(Code.loinc(row[1], row.length > 2 ? row[2] : ""))
                    : Optional.empty();
            LabTest test = new LabTest(code);
            for (String name : row[0].split("\\|")) {
                if (name.startsWith("=") && name.length() - 1 < CASE_FREE_LENGTH) {
                    cs.putIfAbsent(normalise(name.substring(1)), test);
                } else if (name.startsWith("=")) {
                    ci.putIfAbsent(normalise(name.substring(1)).toLowerCase(Locale.ROOT), test);
                } else {
                    ci.putIfAbsent(normalise(name).toLowerCase(Locale.ROOT), test);
                }
            }
        }
        List<WrittenUnit> units = new ArrayList<>();
        for (String[] row : rows("lab-units.tsv")) {
            units.add(new WrittenUnit(Pattern.compile("\\G[ \\t]{0,10}(?:" + row[0] + ")(?![A-Za-z0-9/^])",
                    Pattern.CASE_INSENSITIVE), row[1]));
        }
        List<ResultWord> words = new ArrayList<>();
        for (String[] row : rows("lab-values.tsv")) {
            words.add(new ResultWord(Pattern.compile("\\G(?:" + row[0] + ")(?![A-Za-z0-9+])",
                    Pattern.CASE_INSENSITIVE), row[1].equals("=") ? "" : row[1]));
        }
        List<NameModifier> modifiers = new ArrayList<>();
        for (String[] row : rows("lab-name-modifiers.tsv")) {
            modifiers.add(new NameModifier(Pattern.compile("(?<![A-Za-z0-9])(?:" + row[0] + ")[ \\t]+$",
                    Pattern.CASE_INSENSITIVE), row[1].equals("keep")));
        }
        Pattern heads = Pattern.compile("(?<![A-Za-z0-9])(?:" + String.join("|", firstColumn("lab-test-heads.tsv"))
                + ")(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
        Pattern organisms = Pattern.compile("\\G(?:" + String.join("|", firstColumn("lab-organisms.tsv"))
                + ")(?![A-Za-z])", Pattern.CASE_INSENSITIVE);
        return new LabTestLexicon(cs, ci, units, words, modifiers, heads, organisms);
    }

    /** Test names of the lexicon, case-sensitive ones (K, Na, Cr) apart from the rest. */
    Pattern caseSensitiveNames() {
        return caseSensitiveNames;
    }

    Pattern caseInsensitiveNames() {
        return caseInsensitiveNames;
    }

    /** The test a name found by {@link #caseSensitiveNames()} or {@link #caseInsensitiveNames()} stands for. */
    Optional<LabTest> test(String writtenName) {
        String n = normalise(writtenName);
        LabTest t = caseSensitive.get(n);
        return Optional.ofNullable(t != null ? t : caseInsensitive.get(n.toLowerCase(Locale.ROOT)));
    }

    List<WrittenUnit> units() {
        return units;
    }

    List<ResultWord> resultWords() {
        return resultWords;
    }

    List<NameModifier> modifiers() {
        return modifiers;
    }

    Pattern testHeads() {
        return testHeads;
    }

    Pattern organisms() {
        return organisms;
    }

    private static String normalise(String name) {
        return name.trim().replaceAll("\\s+", " ");
    }

    /** One pattern for many names, longest first so "hemoglobin A1c" wins over "hemoglobin". */
    private static Pattern alternation(java.util.Set<String> names, int flags) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder("(?<![A-Za-z0-9])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            String[] words = sorted.get(i).split(" ");
            for (int w = 0; w < words.length; w++) {
                if (w > 0) {
                    sb.append("[ \\t]+");
                }
                sb.append(Pattern.quote(words[w]));
            }
        }
        // A name ending in a letter or digit must end a word; "K+" or "Cl-" already do.
        sb.append(")(?:(?<=[A-Za-z0-9])(?![A-Za-z0-9])|(?<![A-Za-z0-9]))");
        return Pattern.compile(sb.toString(), flags);
    }

    private static List<String> firstColumn(String resource) {
        return rows(resource).stream().map(r -> r[0]).toList();
    }

    private static List<String[]> rows(String resource) {
        return LexiconResource.rows(LabTestLexicon.class, BASE + resource);
    }
}

package io.clinscribe.handwriting.correction;

import io.clinscribe.handwriting.ocr.UserVocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The clinical words Tesseract should favour when it reads a note: drug names (the {@link DrugVocabulary}),
 * the project's problem names and abbreviations (problem-supplement: NSTEMI, GERD, afib ...), and the words
 * of doses and sigs the text pipeline knows: units with their UCUM codes, dose forms, routes, frequencies,
 * sig cues, vital-sign names and units, lab units and section headings. Each word goes in as written, in
 * lower case, capitalised and in capitals, since Tesseract's dictionary match is case-sensitive and
 * handwriting mixes all three.
 * <p>
 * The 30,000 one-word disorder and finding terms of sno_rx_16ab were tried too and left out: they lowered no
 * error rate on any test set (common problem words are in Tesseract's own English dictionary already), while
 * adding a third of a second to loading and 80 ms to every engine start.
 * <p>
 * Built at run time from the terminology and lexicons on the classpath rather than shipped as a file: the
 * drug names are UMLS-licensed content the build makes from cTAKES' dictionary, which the source tree must
 * not carry, and a copied list would go stale when the lexicons change.
 */
public final class ClinicalVocabulary {

    private static final String LEXICONS = "io/clinscribe/nlp/";

    /** Lexicon files whose first column holds plain surface words. */
    private static final List<String> SURFACE_LEXICONS = List.of(
            LEXICONS + "medication/dose-forms.tsv", LEXICONS + "medication/forms.tsv",
            LEXICONS + "medication/routes.tsv", LEXICONS + "medication/frequencies.tsv",
            LEXICONS + "medication/cues.tsv", "io/clinscribe/terminology/problem-supplement.tsv");

    /** Unit lexicons: surface form, then its UCUM code ("mL", "ug"), which notes write too. */
    private static final List<String> UNIT_LEXICONS = List.of(
            LEXICONS + "medication/units.tsv", LEXICONS + "medication/time-units.tsv",
            LEXICONS + "medication/rate-denominators.tsv");

    /** Lexicon files whose pattern column is a regex: only its plain alternatives are taken. */
    private static final List<String> PATTERN_LEXICONS = List.of(
            LEXICONS + "vitals/vital-sign-names.tsv#1", LEXICONS + "vitals/vital-sign-units.tsv#1",
            LEXICONS + "lab/lab-units.tsv#0");

    private static final String HEADINGS = LEXICONS + "section/headings.txt";

    /** Dose and vital-sign shapes: blood pressures, temperatures, weights, counts with a unit glued on. */
    private static final String PATTERNS = "io/clinscribe/handwriting/correction/clinical-patterns.txt";

    /** A word Tesseract can hold: letters and digits, inner dots, slashes or hyphens ("p.o.", "mg/dL", "a-fib"). */
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[./-][A-Za-z0-9]+)*\\.?");

    private ClinicalVocabulary() {
    }

    /**
     * The vocabulary from the drug names and the lexicons on the classpath (about 0.2 s beyond loading the
     * drugs; share the {@link DrugVocabulary} with the {@link TerminologyCorrector}, which needs it too).
     */
    public static UserVocabulary load(DrugVocabulary drugs) {
        ClassLoader loader = ClinicalVocabulary.class.getClassLoader();
        Set<String> base = new HashSet<>(drugs.words());
        for (String resource : SURFACE_LEXICONS) {
            forEachLine(loader, resource, line -> addTokens(base, line.split("\t")[0]));
        }
        for (String resource : UNIT_LEXICONS) {
            forEachLine(loader, resource, line -> {
                for (String field : line.split("\t")) {
                    addTokens(base, field);
                }
            });
        }
        for (String entry : PATTERN_LEXICONS) {
            String resource = entry.substring(0, entry.indexOf('#'));
            int column = Integer.parseInt(entry.substring(entry.indexOf('#') + 1));
            forEachLine(loader, resource, line -> {
                String[] fields = line.split("\t");
                if (fields.length > column) {
                    plainAlternatives(fields[column]).forEach(a -> addTokens(base, a));
                }
            });
        }
        forEachLine(loader, HEADINGS, line -> {
            int colon = line.indexOf(':');
            for (String variant : line.substring(colon + 1).split("\\|")) {
                addTokens(base, variant);
            }
        });
        Set<String> words = new TreeSet<>();
        for (String word : base) {
            words.add(word);
            words.add(word.toLowerCase(Locale.ROOT));
            words.add(word.toUpperCase(Locale.ROOT));
            words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT));
        }
        List<String> patterns = new ArrayList<>();
        forEachLine(loader, PATTERNS, line -> patterns.add(line.strip()));
        return new UserVocabulary(List.copyOf(words), patterns);
    }

    /** The alternatives of a lexicon regex that are plain words ({@code \s+} read as a space). */
    static List<String> plainAlternatives(String regex) {
        List<String> plain = new ArrayList<>();
        for (String alternative : regex.replace("\\s+", " ").replace("\\s*", " ").split("\\|")) {
            if (alternative.chars().noneMatch(c -> "\\()[]?*+{}^$".indexOf(c) >= 0)) {
                plain.add(alternative);
            }
        }
        return plain;
    }

    private static void addTokens(Set<String> words, String phrase) {
        for (String token : phrase.strip().split("\\s+")) {
            if (token.length() >= 2 && WORD.matcher(token).matches()) {
                words.add(token);
            }
        }
    }

    private static void forEachLine(ClassLoader loader, String resource, Consumer<String> action) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary resource " + resource + " is missing; rebuild clinscribe");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    action.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

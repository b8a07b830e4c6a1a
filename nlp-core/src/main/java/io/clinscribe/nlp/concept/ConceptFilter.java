package io.clinscribe.nlp.concept;

import io.clinscribe.nlp.lexicon.LexiconResource;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which dictionary concepts may become problems or procedures. The dictionary is broad:
 * it knows "rest", "retired" and "test" as findings and "NAD" as a chemical. This filter drops generic
 * words, note furniture and ambiguous abbreviations, listed in {@code concept-filter.txt}, and keeps
 * two-letter abbreviations only when they are on an allow list (MI, PE ...). Pre-coordinated
 * concepts such as "history of appendectomy" are dropped too: the concept inside them remains, and
 * the assertion stage reads "history of" as context.
 */
public final class ConceptFilter {

    private final Set<String> stopTerms;
    private final Set<String> stopCuis;
    private final Set<String> shortAbbreviations;
    private final Set<String> assertionPrefixes;
    private final Set<String> notDrugs;

    public ConceptFilter(Set<String> stopTerms, Set<String> stopCuis, Set<String> shortAbbreviations,
                         Set<String> assertionPrefixes, Set<String> notDrugs) {
        this.notDrugs = Set.copyOf(notDrugs);
        this.stopTerms = Set.copyOf(stopTerms);
        this.stopCuis = Set.copyOf(stopCuis);
        this.shortAbbreviations = Set.copyOf(shortAbbreviations);
        this.assertionPrefixes = Set.copyOf(assertionPrefixes);
    }

    /** The filter of {@code concept-filter.txt}: lines {@code term: x}, {@code cui: C...}, {@code short: MI},
     * {@code prefix: history of} or {@code not-drug: oxygen}. */
    public static ConceptFilter standard() {
        Set<String> terms = new HashSet<>();
        Set<String> cuis = new HashSet<>();
        Set<String> shorts = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        Set<String> notDrugs = new HashSet<>();
        for (String entry : LexiconResource.entries(ConceptFilter.class, "concept-filter.txt")) {
            String line = entry.strip();
            int colon = line.indexOf(':');
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "term" -> terms.add(normalise(value));
                case "cui" -> cuis.add(value);
                case "short" -> shorts.add(value);
                case "prefix" -> prefixes.add(normalise(value) + " ");
                case "not-drug" -> notDrugs.add(normalise(value));
                default -> throw new IllegalStateException("concept-filter.txt: unknown key " + key);
            }
        }
        return new ConceptFilter(terms, cuis, shorts, prefixes, notDrugs);
    }

    static String normalise(CharSequence text) {
        return text.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** Whether a drug concept found as {@code surface} names a medication (not oxygen, not "NAD"). */
    public boolean acceptsDrug(ConceptCandidate candidate, String surface) {
        String normal = normalise(surface);
        if (stopCuis.contains(candidate.cui()) || notDrugs.contains(normal)) {
            return false;
        }
        // dose forms, materials and devices carry RxNorm codes too, but are never the drug itself
        boolean onlyMaterial = candidate.tuis().stream().allMatch(MATERIAL_TYPES::contains);
        return !onlyMaterial && surface.strip().length() > 2;
    }

    private static final java.util.regex.Pattern NORMAL_WORDS = java.util.regex.Pattern.compile(
            "\\b(?:normal|soft|clear|intact|firm|regular|unremarkable|nontender|non-tender|oriented|appropriate"
                    + "|good|stable|benign|negative|within normal limits|wnl)\\b");

    /** Biomedical or dental material, indicator or reagent, drug delivery device. */
    private static final Set<String> MATERIAL_TYPES = Set.of("T122", "T130", "T203");

    /** Whether a concept found as {@code surface} may become a problem or procedure. */
    public boolean accepts(ConceptCandidate candidate, String surface) {
        String normal = normalise(surface);
        if (stopCuis.contains(candidate.cui()) || stopTerms.contains(normal)) {
            return false;
        }
        for (String prefix : assertionPrefixes) {
            if (normal.startsWith(prefix)) {
                return false;
            }
        }
        // a normal finding ("abdomen soft", "speech normal") is not an entry; a lab test on its own is an
        // order, not a procedure (its result, when written, is a lab entry)
        if (candidate.group() == SemanticGroup.FINDING && NORMAL_WORDS.matcher(normal).find()
                || candidate.tuis().equals(java.util.List.of("T059"))) {
            return false;
        }
        String trimmed = surface.strip();
        if (trimmed.length() <= 2) {
            return shortAbbreviations.contains(trimmed);
        }
        return true;
    }
}

package io.clinscribe.terminology;

import io.clinscribe.nlp.lexicon.LexiconResource;
import io.clinscribe.record.Code;
import io.clinscribe.record.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the 2016 sno_rx dictionary lacks or cannot code: for medications, newer drugs, insulins, vaccines,
 * IV fluids, chemotherapy regimens and prescriber abbreviations ({@code drug-supplement.tsv}); for problems,
 * common abbreviations and abnormal-finding adjectives ({@code problem-supplement.tsv}); for procedures,
 * imaging and procedure abbreviations ({@code procedure-supplement.tsv}). Each name carries
 * its code where one is certain. Immutable; {@link #find} is thread-safe.
 */
public final class SupplementaryLexicon {

    /** A listed name found in a text, with its codes (possibly none). */
    public record Match(Span span, List<Code> codes) {
        public Match {
            codes = List.copyOf(codes);
        }
    }

    public static final String DRUGS = "/io/clinscribe/terminology/drug-supplement.tsv";
    public static final String PROBLEMS = "/io/clinscribe/terminology/problem-supplement.tsv";
    public static final String PROCEDURES = "/io/clinscribe/terminology/procedure-supplement.tsv";

    private final Pattern names;
    private final Map<String, List<Code>> codes;

    private SupplementaryLexicon(Pattern names, Map<String, List<Code>> codes) {
        this.names = names;
        this.codes = Map.copyOf(codes);
    }

    /**
     * Loads a lexicon: lines {@code name<TAB>code}, the code in {@code system} (empty for none).
     */
    public static SupplementaryLexicon load(String resource, String system) {
        Map<String, List<Code>> codes = new HashMap<>();
        for (String[] f : LexiconResource.rows(SupplementaryLexicon.class, resource)) {
            String name = f[0].strip().toLowerCase(Locale.ROOT);
            String code = f.length > 1 ? f[1].strip() : "";
            codes.put(name, code.isEmpty() ? List.of() : List.of(new Code(system, code, "")));
        }
        // longest names first, so "insulin glargine" wins over "insulin"
        List<String> sorted = new ArrayList<>(codes.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternation = new StringBuilder();
        for (String name : sorted) {
            if (alternation.length() > 0) {
                alternation.append('|');
            }
            alternation.append(Pattern.quote(name).replace(" ", "\\E\\s+\\Q"));
        }
        Pattern pattern = Pattern.compile("(?<![\\w/-])(?:" + alternation + ")(?![\\w/-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new SupplementaryLexicon(pattern, codes);
    }

    /** Every listed name in the text, with its code where one applies. */
    public List<Match> find(CharSequence text) {
        List<Match> found = new ArrayList<>();
        Matcher m = names.matcher(text);
        while (m.find()) {
            String name = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            // short abbreviations (LR, NPH, SI) only when written in capitals
            if (name.length() <= 3 && !m.group().equals(m.group().toUpperCase(Locale.ROOT))) {
                continue;
            }
            found.add(new Match(new Span(m.start(), m.end()), codes.getOrDefault(name, List.of())));
        }
        return found;
    }
}

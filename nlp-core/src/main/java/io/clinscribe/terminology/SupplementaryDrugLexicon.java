package io.clinscribe.terminology;

import io.clinscribe.nlp.concept.DrugMention;
import io.clinscribe.record.Code;
import io.clinscribe.record.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Medication names the 2016 dictionary lacks or cannot code as a drug (newer drugs, insulins, vaccines,
 * IV fluids, chemotherapy regimens, prescriber abbreviations), from {@code drug-supplement.tsv}.
 * Immutable; {@link #find} is thread-safe.
 */
public final class SupplementaryDrugLexicon {

    private final Pattern names;
    private final Map<String, List<Code>> codes;

    private SupplementaryDrugLexicon(Pattern names, Map<String, List<Code>> codes) {
        this.names = names;
        this.codes = Map.copyOf(codes);
    }

    public static SupplementaryDrugLexicon load() {
        Map<String, List<Code>> codes = new HashMap<>();
        try (InputStream in = SupplementaryDrugLexicon.class.getResourceAsStream("/io/clinscribe/terminology/drug-supplement.tsv")) {
            if (in == null) {
                throw new IllegalStateException("drug-supplement.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String name = f[0].strip().toLowerCase(Locale.ROOT);
                String rxnorm = f.length > 1 ? f[1].strip() : "";
                codes.put(name, rxnorm.isEmpty() ? List.of() : List.of(Code.rxnorm(rxnorm)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        return new SupplementaryDrugLexicon(pattern, codes);
    }

    /** Every listed medication name in the text, with its RxNorm code where one applies. */
    public List<DrugMention> find(CharSequence text) {
        List<DrugMention> found = new ArrayList<>();
        Matcher m = names.matcher(text);
        while (m.find()) {
            String name = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            // short upper-case abbreviations (NS, LR, NPH) only when written in capitals
            if (name.length() <= 3 && !m.group().equals(m.group().toUpperCase(Locale.ROOT))) {
                continue;
            }
            found.add(new DrugMention(new Span(m.start(), m.end()), codes.getOrDefault(name, List.of())));
        }
        return found;
    }
}

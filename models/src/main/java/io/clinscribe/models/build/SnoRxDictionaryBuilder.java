package io.clinscribe.models.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds clinscribe's compact copy of cTAKES's sno_rx_16ab dictionary at build time.
 *
 * <p>cTAKES ships the dictionary as an 86 MB HSQLDB script that HSQLDB must load whole, and whose
 * stock reader checks a UMLS account on a web service that cannot be reached offline. This reads the
 * script's INSERT rows once and writes two bar-separated files that load in about a second:
 * {@code terms.bsv} (cui|rareWordIndex|tokenCount|text|rareWord) and
 * {@code concepts.bsv} (cui|tuis|preferredTerm|snomedCodes|rxnormCodes).
 */
public final class SnoRxDictionaryBuilder {

    static final String SCRIPT = "org/apache/ctakes/dictionary/lookup/fast/sno_rx_16ab/sno_rx_16ab.script";

    private final Map<Long, List<String>> tuis = new HashMap<>();
    private final Map<Long, String> preferred = new HashMap<>();
    private final Map<Long, List<String>> snomed = new HashMap<>();
    private final Map<Long, List<String>> rxnorm = new HashMap<>();
    private final List<String> terms = new ArrayList<>(600_000);

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SnoRxDictionaryBuilder OUTPUT_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        if (Files.exists(out.resolve("concepts.bsv")) && Files.exists(out.resolve("terms.bsv"))) {
            return; // already built; the script does not change between builds
        }
        InputStream script = SnoRxDictionaryBuilder.class.getClassLoader().getResourceAsStream(SCRIPT);
        if (script == null) {
            throw new IllegalStateException(SCRIPT + " is not on the classpath: is "
                    + "net.sourceforge.ctakesresources:ctakes-resources-sno_rx a dependency?");
        }
        SnoRxDictionaryBuilder builder = new SnoRxDictionaryBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(script, StandardCharsets.UTF_8))) {
            reader.lines().forEach(builder::accept);
        }
        builder.write(out);
    }

    void accept(String line) {
        if (!line.startsWith("INSERT INTO ")) {
            return;
        }
        int open = line.indexOf("VALUES(");
        String table = line.substring("INSERT INTO ".length(), open).trim();
        List<String> values = parseValues(line, open + "VALUES(".length());
        long cui = Long.parseLong(values.get(0));
        switch (table) {
            case "CUI_TERMS" -> terms.add(cui + "|" + values.get(1) + "|" + values.get(2) + "|" + clean(values.get(3))
                    + "|" + clean(values.get(4)));
            case "TUI" -> tuis.computeIfAbsent(cui, k -> new ArrayList<>(2)).add(values.get(1));
            case "PREFTERM" -> preferred.put(cui, clean(values.get(1)));
            case "SNOMEDCT_US" -> snomed.computeIfAbsent(cui, k -> new ArrayList<>(1)).add(values.get(1));
            case "RXNORM" -> rxnorm.computeIfAbsent(cui, k -> new ArrayList<>(1)).add(values.get(1));
            default -> { }
        }
    }

    private static String clean(String value) {
        return value.replace('|', '/').replace('\n', ' ');
    }

    /** Parses {@code 97,0,1,'it''s','x')} into its values, unquoting SQL strings. */
    static List<String> parseValues(String line, int from) {
        List<String> values = new ArrayList<>(5);
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\'') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                        current.append('\'');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    current.append(c);
                }
            } else if (c == '\'') {
                quoted = true;
            } else if (c == ',' || c == ')') {
                values.add(current.toString());
                current.setLength(0);
                if (c == ')') {
                    break;
                }
            } else {
                current.append(c);
            }
        }
        return values;
    }

    void write(Path out) throws IOException {
        Files.createDirectories(out);
        Path termsTmp = out.resolve("terms.bsv.tmp");
        try (Writer w = Files.newBufferedWriter(termsTmp, StandardCharsets.UTF_8)) {
            w.write("# cui|rareWordIndex|tokenCount|text|rareWord  (from cTAKES sno_rx_16ab, UMLS 2016AB)\n");
            for (String t : terms) {
                w.write(t);
                w.write('\n');
            }
        }
        Path conceptsTmp = out.resolve("concepts.bsv.tmp");
        Map<Long, List<String>> sorted = new TreeMap<>(tuis);
        try (Writer w = Files.newBufferedWriter(conceptsTmp, StandardCharsets.UTF_8)) {
            w.write("# cui|tuis|preferredTerm|snomedCtCodes|rxnormCodes  (from cTAKES sno_rx_16ab, UMLS 2016AB)\n");
            for (Map.Entry<Long, List<String>> e : sorted.entrySet()) {
                long cui = e.getKey();
                w.write(cui + "|" + String.join(",", e.getValue()) + "|" + preferred.getOrDefault(cui, "") + "|"
                        + String.join(",", snomed.getOrDefault(cui, List.of())) + "|"
                        + String.join(",", rxnorm.getOrDefault(cui, List.of())) + "\n");
            }
        }
        // rename last, so an interrupted build never leaves a half-written dictionary behind
        Files.move(termsTmp, out.resolve("terms.bsv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(conceptsTmp, out.resolve("concepts.bsv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("sno_rx_16ab: %d terms, %d concepts -> %s%n", terms.size(), sorted.size(), out);
    }

}

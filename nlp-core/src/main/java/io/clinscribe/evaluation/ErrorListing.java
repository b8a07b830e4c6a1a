package io.clinscribe.evaluation;

import io.clinscribe.record.Assertion;
import io.clinscribe.record.Code;
import io.clinscribe.record.Entry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Lists, per document, what a run got wrong: missed gold entries (FN), spurious predictions (FP), and on
 * matched pairs the assertion, attribute and code differences. For a developer's terminal ({@code --errors});
 * it prints note text, so it must never go to a log.
 */
public final class ErrorListing {

    private final boolean includeMatchedDifferences;

    public ErrorListing(boolean includeMatchedDifferences) {
        this.includeMatchedDifferences = includeMatchedDifferences;
    }

    public String format(List<DocumentAlignment> alignments) {
        StringBuilder out = new StringBuilder();
        for (DocumentAlignment a : alignments) {
            List<String> lines = lines(a);
            if (lines.isEmpty()) {
                continue;
            }
            out.append("== ").append(a.documentId()).append(a.predictionMissing() ? " (no prediction)" : "").append('\n');
            lines.forEach(l -> out.append("  ").append(l).append('\n'));
        }
        return out.toString();
    }

    /** The error lines of one document: misses (FN), then spurious entries (FP), then differences on matched pairs, each in text order. */
    public List<String> lines(DocumentAlignment a) {
        List<String> lines = new ArrayList<>();
        a.missed().forEach(e -> lines.add("FN " + describe(e)));
        a.spurious().forEach(e -> lines.add("FP " + describe(e)));
        if (includeMatchedDifferences) {
            for (MatchedEntry m : a.matched()) {
                List<String> differences = differences(m);
                if (!differences.isEmpty()) {
                    lines.add("~~ " + describe(m.gold()) + (m.gold().span().equals(m.predicted().span()) ? ""
                            : " ~ predicted " + span(m.predicted()) + " \"" + oneLine(m.predicted().mention().text()) + "\"")
                            + ": " + String.join("; ", differences));
                }
            }
        }
        return lines;
    }

    /** What differs between a matched gold and predicted entry, as "field gold -> predicted". */
    public static List<String> differences(MatchedEntry m) {
        List<String> out = new ArrayList<>();
        Assertion g = m.gold().assertion();
        Assertion p = m.predicted().assertion();
        flag(out, "negated", g.negated(), p.negated());
        flag(out, "uncertain", g.uncertain(), p.uncertain());
        flag(out, "hypothetical", g.hypothetical(), p.hypothetical());
        flag(out, "historical", g.historical(), p.historical());
        if (g.subject() != p.subject()) {
            out.add("subject " + g.subject().code() + " -> " + p.subject().code());
        }
        Map<String, String> ga = AttributeValues.of(m.gold());
        Map<String, String> pa = AttributeValues.of(m.predicted());
        for (String name : AttributeValues.names(m.gold().kind())) {
            if (!Objects.equals(ga.get(name), pa.get(name))) {
                out.add(name + " " + orNone(ga.get(name)) + " -> " + orNone(pa.get(name)));
            }
        }
        Set<String> goldCodes = codeKeys(m.gold().codes());
        Set<String> predictedCodes = codeKeys(m.predicted().codes());
        if (!goldCodes.equals(predictedCodes)) {
            out.add("codes " + goldCodes + " -> " + predictedCodes);
        }
        return out;
    }

    private static void flag(List<String> out, String name, boolean gold, boolean predicted) {
        if (gold != predicted) {
            out.add(name + " " + gold + " -> " + predicted);
        }
    }

    private static Set<String> codeKeys(List<Code> codes) {
        Set<String> keys = new LinkedHashSet<>();
        codes.forEach(c -> keys.add(shortSystem(c.system()) + ":" + c.code()));
        return keys;
    }

    private static String shortSystem(String system) {
        return switch (system) {
            case Code.SNOMED_CT -> "SCT";
            case Code.RXNORM -> "RXN";
            case Code.LOINC -> "LOINC";
            case Code.UMLS_CUI -> "CUI";
            case Code.ICD10_CM -> "ICD10CM";
            default -> system;
        };
    }

    private static String describe(Entry e) {
        return String.format(Locale.ROOT, "%-10s %s \"%s\"", e.kind().code(), span(e), oneLine(e.mention().text()));
    }

    private static String span(Entry e) {
        return "[" + e.span().begin() + "," + e.span().end() + ")";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String orNone(String v) {
        return v == null ? "(none)" : v;
    }
}

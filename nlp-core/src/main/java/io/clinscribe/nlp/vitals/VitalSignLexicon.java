package io.clinscribe.nlp.vitals;

import io.clinscribe.nlp.lexicon.LexiconResource;
import io.clinscribe.record.VitalSignType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a {@link VitalSignFinder} knows about how notes write vital signs: the names of each vital sign,
 * the units written after a value, the plausible range of values, and the words that turn a name into
 * something else (fundal height, radial pulse). Loaded once from resource files, immutable, shared.
 */
public final class VitalSignLexicon {

    /** One way of naming a vital sign; {@code weak} names (T, P, R, sat) need a run of vitals around them. */
    record VitalName(VitalSignType type, Pattern pattern, boolean weak) {
    }

    /** A unit as written after a value, with its UCUM code. */
    record WrittenUnit(Pattern pattern, String ucum) {
    }

    /** Bounds of a physiologically plausible value. */
    record Limits(double lowest, double highest) {
        boolean admits(double v) {
            return v >= lowest && v <= highest;
        }
    }

    private static final String BASE = "/io/clinscribe/nlp/vitals/";

    private final List<VitalName> names;
    private final Map<VitalSignType, List<WrittenUnit>> units;
    private final Map<String, Limits> limits;
    private final Map<VitalSignType, Pattern> vetoes;

    private VitalSignLexicon(List<VitalName> names, Map<VitalSignType, List<WrittenUnit>> units,
                             Map<String, Limits> limits, Map<VitalSignType, Pattern> vetoes) {
        this.names = List.copyOf(names);
        Map<VitalSignType, List<WrittenUnit>> u = new EnumMap<>(VitalSignType.class);
        units.forEach((k, v) -> u.put(k, List.copyOf(v)));
        this.units = Map.copyOf(u);
        this.limits = Map.copyOf(limits);
        this.vetoes = Map.copyOf(vetoes);
    }

    /** The lexicon shipped with clinscribe. */
    public static VitalSignLexicon load() {
        List<VitalName> names = new ArrayList<>();
        for (String[] row : rows("vital-sign-names.tsv")) {
            String options = row.length > 2 ? row[2] : "";
            int flags = options.contains("cs") ? 0 : Pattern.CASE_INSENSITIVE;
            // A value may follow a name without a space ("HR83", "BP118/66").
            Pattern p = Pattern.compile("(?<![A-Za-z0-9])(?:" + row[1] + ")(?![A-Za-z])", flags);
            names.add(new VitalName(VitalSignType.fromCode(row[0]), p, options.contains("weak")));
        }
        Map<VitalSignType, List<WrittenUnit>> units = new EnumMap<>(VitalSignType.class);
        for (String[] row : rows("vital-sign-units.tsv")) {
            // A unit must end where a word ends, so "T 37 HR" never reads "H" as a unit.
            Pattern p = Pattern.compile("\\G\\s{0,2}(?:" + row[1] + ")(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
            units.computeIfAbsent(VitalSignType.fromCode(row[0]), k -> new ArrayList<>()).add(new WrittenUnit(p, row[2]));
        }
        Map<String, Limits> limits = new HashMap<>();
        for (String[] row : rows("vital-sign-limits.tsv")) {
            limits.put(row[0] + " " + row[1], new Limits(Double.parseDouble(row[2]), Double.parseDouble(row[3])));
        }
        Map<VitalSignType, Pattern> vetoes = new EnumMap<>(VitalSignType.class);
        for (String[] row : rows("vital-sign-vetoes.tsv")) {
            vetoes.put(VitalSignType.fromCode(row[0]),
                    Pattern.compile("(?<![A-Za-z])(?:" + row[1] + ")\\s*$", Pattern.CASE_INSENSITIVE));
        }
        return new VitalSignLexicon(names, units, limits, vetoes);
    }

    List<VitalName> names() {
        return names;
    }

    List<WrittenUnit> units(VitalSignType type) {
        return units.getOrDefault(type, List.of());
    }

    /** Limits for a vital sign in a unit; blood pressure uses "systolic" and "diastolic" as its units. */
    Optional<Limits> limits(VitalSignType type, String unit) {
        return Optional.ofNullable(limits.get(type.code() + " " + unit));
    }

    /** Whether the text just before a name shows it is not this vital sign ("fundal height"). */
    boolean vetoed(VitalSignType type, CharSequence textBefore) {
        Pattern p = vetoes.get(type);
        return p != null && p.matcher(textBefore).find();
    }

    private static List<String[]> rows(String resource) {
        return LexiconResource.rows(VitalSignLexicon.class, BASE + resource);
    }
}

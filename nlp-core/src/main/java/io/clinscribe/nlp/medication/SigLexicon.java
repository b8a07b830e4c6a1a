package io.clinscribe.nlp.medication;

import io.clinscribe.record.Route;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sig vocabulary (units, dose forms, forms, routes, frequency wordings, cues) read once from the resource
 * files next to this class, with the patterns compiled from it. Immutable, so one instance serves every thread.
 */
public final class SigLexicon {

    /** A countable dose form ("2 tabs"): its UCUM dose unit, the form it names and the route it implies. */
    record DoseForm(String doseUnit, Optional<String> form, Optional<Route> route, boolean bare) {
    }

    /** A form word that is not counted ("cream", "HFA"), with the route it implies. */
    record FormWord(String form, Optional<Route> route) {
    }

    /** A fixed frequency wording; not codable when too ambiguous to code (biweekly). */
    record FrequencyWord(boolean codable, int frequency, int period, String periodUnit) {
    }

    enum CueRole { PRN, ONCE, TAIL, LINK, COMPLEX }

    private static final String BASE = "/io/clinscribe/nlp/medication/";

    // A number as written in sigs: 5,000 / 0.25 / .5 / 1/2 / number words.
    static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+(?![\\d,])|\\d/\\d(?!\\d)|\\d+(?:\\.\\d+)?|\\.\\d+|½"
            + "|one-half|a half|half|one|two|three|four|five|six|seven|eight|nine|ten|twelve)";

    final Map<String, String> strengthUnits;
    final Map<String, String> rateDenominators;
    final Map<String, String> timeUnits;
    final Map<String, DoseForm> doseForms;
    final Map<String, FormWord> forms;
    final Map<String, Optional<Route>> routes;
    final Map<String, FrequencyWord> frequencies;
    final Map<String, CueRole> cues;
    final Set<String> prnReasonStops;

    final Pattern quantity;
    final Pattern bareNumber;
    final Pattern frequencyWord;
    final Pattern everyInterval;
    final Pattern qInterval;
    final Pattern timesPer;
    final Pattern routeWord;
    final Pattern formWord;
    final Pattern doseFormWord;
    final Pattern cueWord;
    final Pattern duration;
    final Pattern countTimes;
    final Pattern site;
    final Pattern prefix;
    final Pattern vehicle;
    final Pattern maximum;

    private SigLexicon(Function<String, InputStream> open) {
        strengthUnits = Map.copyOf(pairs(open, "units.tsv"));
        rateDenominators = Map.copyOf(pairs(open, "rate-denominators.tsv"));
        timeUnits = Map.copyOf(pairs(open, "time-units.tsv"));
        Map<String, DoseForm> doseForms = new HashMap<>();
        for (String[] row : rows(open, "dose-forms.tsv", 5)) {
            doseForms.put(row[0], new DoseForm(row[1], optional(row[2]), optional(row[3]).map(Route::fromCode),
                    row[4].equals("yes")));
        }
        this.doseForms = Map.copyOf(doseForms);
        Map<String, FormWord> forms = new HashMap<>();
        for (String[] row : rows(open, "forms.tsv", 3)) {
            forms.put(row[0], new FormWord(row[1], optional(row[2]).map(Route::fromCode)));
        }
        this.forms = Map.copyOf(forms);
        Map<String, Optional<Route>> routes = new HashMap<>();
        for (String[] row : rows(open, "routes.tsv", 2)) {
            routes.put(row[0], optional(row[1]).map(Route::fromCode));
        }
        this.routes = Map.copyOf(routes);
        Map<String, FrequencyWord> frequencies = new HashMap<>();
        for (String[] row : rows(open, "frequencies.tsv", 4)) {
            frequencies.put(row[0], row[1].equals("?") ? new FrequencyWord(false, 0, 0, "")
                    : new FrequencyWord(true, Integer.parseInt(row[1]), Integer.parseInt(row[2]), row[3]));
        }
        this.frequencies = Map.copyOf(frequencies);
        Map<String, CueRole> cues = new HashMap<>();
        for (String[] row : rows(open, "cues.tsv", 2)) {
            cues.put(row[0], CueRole.valueOf(row[1].toUpperCase(Locale.ROOT)));
        }
        this.cues = Map.copyOf(cues);
        prnReasonStops = rows(open, "prn-reason-stops.txt", 1).stream().map(r -> r[0])
                .collect(Collectors.toUnmodifiableSet());

        String unit = alternation(strengthUnits.keySet(), doseForms.keySet());
        String denominator = alternation(rateDenominators.keySet());
        String time = alternation(timeUnits.keySet());
        // "5/325 mg" and "5-325 mg" are the strengths of a combination product, "1/2 tab" a fraction
        quantity = compile("(?<n1>" + NUMBER + ")(?:\\s*(?:-|–|to|/)\\s*(?<n2>" + NUMBER + "))?\\s*"
                + "(?<mult>million\\s+|thousand\\s+)?(?<unit>" + unit + ")"
                + "(?<per>(?:\\s*/\\s*(?:" + denominator + ")" + END + ")*)"
                + "(?:\\s*/\\s*(?<hours>\\d+)\\s*(?:h|hr|hrs|hours?)" + END + ")?"
                + "(?:\\s+per\\s+(?<rate>hour|hr|minute|min|kg)|\\s+(?:an|a|each)\\s+(?<rate2>hour|hr|minute|min))?" + END);
        bareNumber = compile("(?<n1>" + NUMBER + ")(?:\\s*(?:-|–|to)\\s*(?<n2>" + NUMBER + "))?(?![\\w%])");
        frequencyWord = compile(alternation(frequencies.keySet()) + END);
        everyInterval = compile("(?:every|each|q)\\s+(?<n1>" + NUMBER + ")(?:\\s*(?:-|–|to)\\s*(?<n2>" + NUMBER
                + "))?\\s*(?<unit>" + time + ")" + END);
        qInterval = compile("q\\.?\\s?(?<n1>\\d+(?:\\.\\d+)?)(?:\\s?(?:-|–|to)\\s?(?<n2>\\d+))?\\s?(?<unit>" + time
                + ")?" + END);
        timesPer = compile("(?<n>" + NUMBER + "|once|twice|thrice)(?:\\s*(?:-|–|to|or)\\s*(?<n2>" + NUMBER
                + "))?\\s*(?:times|x)\\s*(?:a|per|each|every|/)?\\s*"
                + "(?<unit>daily|day|d|weekly|week|wk|monthly|month|hourly|hour|hr)" + END);
        routeWord = compile(alternation(routes.keySet()) + END);
        formWord = compile(alternation(forms.keySet(), bareDoseForms()) + END);
        doseFormWord = compile(alternation(doseForms.keySet()) + END);
        cueWord = compile(alternation(cues.keySet()) + "(?![A-Za-z0-9])");
        // Courses are counted in hours to months; "for 5 years" after a sig is history, not a course.
        String courseUnit = alternation(timeUnits.entrySet().stream()
                .filter(e -> !e.getValue().equals("a") && !e.getValue().equals("min"))
                .map(Map.Entry::getKey).collect(Collectors.toSet()));
        duration = compile("(?:x|×|for)\\s*(?:a\\s+total\\s+of\\s+|another\\s+)?(?<n>" + NUMBER
                + ")\\s*(?:more\\s+|additional\\s+|further\\s+|total\\s+)?(?<unit>" + courseUnit + ")" + END);
        countTimes = compile("(?:x|×)\\s*(?<n>\\d+)(?!\\d|\\.\\d)(?!\\s*(?:" + unit + "|" + time + "|doses?)" + END + ")");
        // "40 mg in 0.4 mL": the volume a strength comes in, not a second strength
        vehicle = compile("in\\s+" + NUMBER + "\\s*(?:ml|cc|l|oz|ounces?)(?:\\s+(?:of\\s+)?(?:water|juice|liquid|fluid))?"
                + END);
        // "up to 3 doses", "max 4 g/day": a ceiling the record cannot hold; kept only between other elements
        maximum = compile("(?:up\\s+to|max(?:imum)?(?:\\s+of)?|not\\s+to\\s+exceed|no\\s+more\\s+than)\\s+" + NUMBER
                + "\\s*(?:doses?|times?|" + unit + ")?(?:\\s*(?:/|per|in|a|an)\\s*(?:24\\s*(?:h|hr|hours)|day|d)" + END + ")?"
                + END);
        site = compile("to\\s+(?:the\\s+)?[A-Za-z]+" + END);
        prefix = compile("(?:(?<route>" + alternation(routes.keySet()) + ")(?:\\s*/\\s*(?<route2>"
                + alternation(routes.keySet()) + "))?|(?<n1>" + NUMBER + ")\\s*(?<unit>"
                + alternation(strengthUnits.keySet()) + "))[ \\t]+$");
    }

    /** The lexicon shipped with clinscribe. */
    public static SigLexicon load() {
        return new SigLexicon(name -> SigLexicon.class.getResourceAsStream(BASE + name));
    }

    private static final String END = "(?![A-Za-z0-9])";

    private Set<String> bareDoseForms() {
        return doseForms.entrySet().stream().filter(e -> e.getValue().bare()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static Pattern compile(String regex) {
        return Pattern.compile("(?<![A-Za-z0-9])" + regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Longest wording first, so "q hs" wins over "q". */
    @SafeVarargs
    private static String alternation(Collection<String>... words) {
        List<String> all = new ArrayList<>();
        for (Collection<String> c : words) {
            all.addAll(c);
        }
        return all.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Lexicon keys are lower case with single spaces; matched text is normalised the same way to look them up. */
    static String key(CharSequence matched) {
        return matched.toString().toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    private static Optional<String> optional(String cell) {
        return cell.equals("-") ? Optional.empty() : Optional.of(cell);
    }

    private static Map<String, String> pairs(Function<String, InputStream> open, String name) {
        Map<String, String> map = new HashMap<>();
        for (String[] row : rows(open, name, 2)) {
            map.put(row[0], row[1]);
        }
        return map;
    }

    private static List<String[]> rows(Function<String, InputStream> open, String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = open.apply(name)) {
            if (in == null) {
                throw new IllegalStateException("missing sig lexicon resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != columns) {
                    throw new IllegalStateException(name + ": expected " + columns + " columns: " + line);
                }
                cells[0] = key(cells[0]);
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}

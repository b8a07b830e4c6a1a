package io.clinscribe.nlp.lab;

import io.clinscribe.record.Code;
import io.clinscribe.record.LabInterpretation;
import io.clinscribe.record.LabResult;
import io.clinscribe.record.Mention;
import io.clinscribe.record.Span;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds laboratory results written as test name, value and optional unit: lab lines ("Na 134 (L), K 4.1"),
 * tables ("K   5.4  H   mmol/L"), prose ("hemoglobin A1c of 8.2%") and qualitative tests ("troponin negative",
 * "RSV PCR positive", "blood cultures: E. coli"). The span runs from the name through the unit; flags such
 * as "(H)" stay outside and set the interpretation. Stateless and thread-safe; the {@link LabTestLexicon}
 * it reads is shared.
 */
public final class LabResultFinder {

    /** Words between a test name and its value ("A1c is 9.2%", "hemoglobin A1c of 8.2%", "Monospot: negative"). */
    private static final Pattern LINKER = Pattern.compile("\\G(?:[ \\t]*[:=][ \\t]*|[ \\t]*)(?:(?:was|is|were|of|at|"
            + "equals|at[ \\t]+that[ \\t]+time|level|levels|value|result|results|now|today|remains|remained|"
            + "returned|came[ \\t]+back|x[ \\t]*\\d|"
            + "on[ \\t]+(?:admission|arrival|presentation|discharge))[ \\t]*[:=]?[ \\t]*)*",
            Pattern.CASE_INSENSITIVE);
    /** A flag said on the way to the value ("white blood cell count elevated at 22.2"). */
    private static final Pattern FLAG_LINKER = Pattern.compile("\\G(?:(?:markedly|mildly|slightly|significantly)"
            + "[ \\t]+)?(elevated|increased|high|low|decreased|reduced|normal)(?:[ \\t]+(?:at|of|to))?[ \\t]+(?=[<>\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CULTURE_LINKER = Pattern.compile("\\G(?:[ \\t]*[:=][ \\t]*|[ \\t]+)(?:(?:grew|growing|"
            + "with|showed|revealed|(?:(?:was|were|is|are)[ \\t]+)?positive[ \\t]+for|\\+[ \\t]*for)[ \\t]+)?"
            // a colony count may come before the organism: ">100,000 CFU/mL of E. coli"
            + "(?:(?:>|greater[ \\t]+than[ \\t]+)?[\\d,]+[kK]?[ \\t]*(?:CFU(?:/mL)?|colonies(?:/mL)?)?[ \\t]+"
            + "(?:of[ \\t]+)?)?",
            Pattern.CASE_INSENSITIVE);
    /** Tests whose result can be an organism. */
    private static final Pattern REPORTS_ORGANISMS = Pattern.compile("cultur|stain|smear|cx(?![a-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\G(?:(<=?|>=?|≤|≥|less[ \\t]+than|greater[ \\t]+than)[ \\t]*)?"
            + "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|\\.\\d+)(?!\\d)");
    /** A flag between value and unit in tabular results ("K   5.4  H   mmol/L"). */
    private static final Pattern FLAG_BEFORE_UNIT = Pattern.compile("\\G[ \\t]+(HH|LL|H|L|A)(?=[ \\t]+\\S)");
    private static final Pattern FLAG_IN_PARENTHESES = Pattern.compile("\\G[ \\t]*\\([ \\t]*(HH|LL|H|L|A|N|nl|WNL|high|low|"
            + "elevated|normal|abnormal|critical(?:(?:ly)?[ \\t]+(?:high|low))?|crit)[ \\t]*\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FLAG_TRAILING = Pattern.compile(
            "\\G(?:[ \\t]+(HH|LL|H|L)(?![A-Za-z0-9])|[ \\t]*(↑|↓))");
    private static final Pattern FLAG_WORD = Pattern.compile("\\G[ \\t]*,?[ \\t]*(?:(?:which|that)[ \\t]+(?:is|was)[ \\t]+"
            + "|(both|all)[ \\t]+|(?:is|was)[ \\t]+)?(high|low|elevated|normal|abnormal|decreased|increased|critical|"
            + "critically[ \\t]+(?:high|low)|WNL|within[ \\t]+normal[ \\t]+limits)(?=[ \\t]*(?:[.,;:)]|\\n|$|and\\b))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FLAG_BEFORE_NAME = Pattern.compile(
            "(?<![A-Za-z])(elevated|high|increased|raised|low|decreased|reduced)[ \\t]+$", Pattern.CASE_INSENSITIVE);
    /** A threshold in an order or plan ("until the INR is greater than 1.7"), not a result. */
    private static final Pattern THRESHOLD_BEFORE_NAME = Pattern.compile("(?<![A-Za-z])(?:until|if|"
            + "unless|goal|target|keep|maintain|titrate\\s+to|hold\\s+(?:for|if))(?:[ \\t]+(?:the|his|her|a|an))?[ \\t]+$",
            Pattern.CASE_INSENSITIVE);
    /** Exam findings graded like urine dipsticks ("LE 2+ pitting edema" is lower-extremity edema). */
    private static final Pattern EXAM_FINDING_AFTER_GRADE = Pattern.compile("\\G[ \\t]*(?:pitting|non-?pitting|edema|"
            + "oedema|pulses?|reflex(?:es)?|DTRs?|bilaterally|tenderness|swelling)(?![A-Za-z])",
            Pattern.CASE_INSENSITIVE);
    /** What after a value shows it is not a result: a range, a ratio or date, a dose, a duration, a size. */
    private static final Pattern NOT_A_RESULT = Pattern.compile("\\G(?:[.,:]?\\d|[ \\t]*(?:-|–|to)[ \\t]*\\.?\\d|"
            + "[ \\t]*/[ \\t]*\\d|\\+|[A-Za-z]|[ \\t]*(?:mg|g|gm|grams?|mcg|ug|mEq|units?|IU|mL|tabs?|caps?|puffs?|"
            + "times|x[ \\t]*\\d|days?|weeks?|wks?|months?|years?|yrs?|y/?o|hours?|hrs?|minutes?|mins?|mm|cm|kg|"
            + "lbs?)(?![A-Za-z]))", Pattern.CASE_INSENSITIVE);
    /** Where a free-text test name cannot reach back past. */
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("[,;:()\\n]|\\.\\s+(?=[A-Z])");
    private static final Set<String> NOT_IN_TEST_NAMES = Set.of("and", "or", "with", "was", "were", "is", "are",
            "the", "a", "an", "her", "his", "their", "on", "for", "to", "no", "not", "of", "labs", "lab", "showed",
            "shows", "show", "returned", "sent", "pending", "including", "also", "but", "then", "if", "check",
            "checked", "repeat", "order", "ordered", "obtain", "obtained", "send", "by", "at", "in", "had");
    private static final int MAX_FREE_NAME_WORDS = 4;
    private static final int LOOK_BACK = 40;

    private final LabTestLexicon lexicon;

    public LabResultFinder(LabTestLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The lab results written in {@code documentText}, in text order. */
    public List<LabResult> find(CharSequence documentText) {
        String text = documentText.toString();
        List<Result> found = new ArrayList<>();
        for (Pattern names : List.of(lexicon.caseSensitiveNames(), lexicon.caseInsensitiveNames())) {
            Matcher m = names.matcher(text);
            int from = 0;
            while (from <= text.length() && m.find(from)) {
                Optional<LabTestLexicon.LabTest> test = lexicon.test(m.group());
                if (test.isPresent()) {
                    read(text, m.start(), m.end(), test.get().loinc(), true).ifPresent(found::add);
                }
                from = m.start() + 1;
            }
        }
        Matcher heads = lexicon.testHeads().matcher(text);
        while (heads.find()) {
            int begin = freeNameBegin(text, heads.start());
            if (begin < heads.start()) {
                read(text, begin, heads.end(), Optional.empty(), false).ifPresent(found::add);
            }
        }
        List<Result> kept = withoutOverlaps(found);
        List<LabResult> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Result r = kept.get(i);
            Optional<LabInterpretation> flag = r.interpretation;
            if (flag.isEmpty() && i + 1 < kept.size() && kept.get(i + 1).sharesFlagWithPrevious) {
                // "RF 86 IU/mL and anti-CCP >250 U/mL, both high": the flag covers the result before too.
                flag = kept.get(i + 1).interpretation;
            }
            Mention mention = Mention.at(text, r.span).withCodes(r.code.map(List::of).orElse(List.of()));
            out.add(new LabResult(mention, r.name, r.numericValue, r.textValue, r.unit, flag));
        }
        return out;
    }

    /** A result read after a name, before overlaps between readings are settled. */
    private record Result(Span span, String name, Optional<BigDecimal> numericValue, Optional<String> textValue,
                          Optional<String> unit, Optional<LabInterpretation> interpretation,
                          boolean sharesFlagWithPrevious, Optional<Code> code) {
    }

    private Optional<Result> read(String text, int nameBegin, int nameEnd, Optional<Code> loinc, boolean numeric) {
        int begin = nameBegin;
        boolean keepsCode = true;
        for (int round = 0; round < 2; round++) {
            String before = text.substring(Math.max(0, begin - LOOK_BACK), begin);
            boolean extended = false;
            for (LabTestLexicon.NameModifier mod : lexicon.modifiers()) {
                Matcher mm = mod.pattern().matcher(before);
                if (mm.find()) {
                    begin = begin - before.length() + mm.start();
                    keepsCode &= mod.keepsCode();
                    extended = true;
                    break;
                }
            }
            if (!extended) {
                break;
            }
        }
        String name = text.substring(begin, nameEnd);
        if (THRESHOLD_BEFORE_NAME.matcher(text.substring(Math.max(0, begin - LOOK_BACK), begin)).find()) {
            return Optional.empty();
        }
        Matcher linker = LINKER.matcher(text);
        lookingAt(linker, nameEnd);
        int at = linker.end();
        Optional<LabInterpretation> saidFlag = Optional.empty();
        Matcher flagLinker = FLAG_LINKER.matcher(text);
        if (lookingAt(flagLinker, at)) {
            saidFlag = Optional.of(interpretation(flagLinker.group(1)));
            at = flagLinker.end();
        }

        Optional<String> textValue = Optional.empty();
        Optional<BigDecimal> numericValue = Optional.empty();
        Optional<String> unit = Optional.empty();
        Optional<LabInterpretation> flag = Optional.empty();
        int end = -1;

        if (REPORTS_ORGANISMS.matcher(name).find()) {
            Matcher cl = CULTURE_LINKER.matcher(text);
            if (lookingAt(cl, nameEnd)) {
                Matcher org = lexicon.organisms().matcher(text);
                if (lookingAt(org, cl.end())) {
                    textValue = Optional.of(org.group());
                    end = org.end();
                }
            }
        }
        if (end < 0) {
            for (LabTestLexicon.ResultWord word : lexicon.resultWords()) {
                Matcher wm = word.pattern().matcher(text);
                if (lookingAt(wm, at)) {
                    if (lookingAt(EXAM_FINDING_AFTER_GRADE.matcher(text), wm.end())) {
                        return Optional.empty();
                    }
                    textValue = Optional.of(
                            word.value().isEmpty() ? wm.group().toLowerCase(Locale.ROOT) : word.value());
                    end = wm.end();
                    // A qualitative result is not the quantitative serum test the code names.
                    keepsCode = false;
                    break;
                }
            }
        }
        if (end < 0 && numeric) {
            Matcher nm = NUMBER.matcher(text);
            if (!lookingAt(nm, at)) {
                return Optional.empty();
            }
            String digits = nm.group(2).replace(",", "");
            if (nm.group(1) != null) {
                textValue = Optional.of(comparator(nm.group(1)) + digits);
            } else {
                numericValue = Optional.of(new BigDecimal(digits));
            }
            end = nm.end();
            Matcher tabFlag = FLAG_BEFORE_UNIT.matcher(text);
            if (lookingAt(tabFlag, end)) {
                Optional<UnitAt> u = unitAt(text, tabFlag.end());
                if (u.isPresent()) {
                    flag = Optional.of(interpretation(tabFlag.group(1)));
                    unit = Optional.of(u.get().ucum());
                    end = u.get().end();
                }
            }
            if (unit.isEmpty()) {
                Optional<UnitAt> u = unitAt(text, end);
                if (u.isPresent()) {
                    unit = Optional.of(u.get().ucum());
                    end = u.get().end();
                }
            }
            Matcher guard = NOT_A_RESULT.matcher(text);
            if (lookingAt(guard, end)) {
                return Optional.empty();
            }
        }
        if (end < 0) {
            return Optional.empty();
        }
        boolean shared = false;
        if (flag.isEmpty()) {
            flag = saidFlag;
        }
        if (flag.isEmpty()) {
            Matcher f;
            if (lookingAt(f = FLAG_IN_PARENTHESES.matcher(text), end)) {
                flag = Optional.of(interpretation(f.group(1)));
            } else if (lookingAt(f = FLAG_TRAILING.matcher(text), end)) {
                flag = Optional.of(interpretation(f.group(1) != null ? f.group(1) : f.group(2)));
            } else if (lookingAt(f = FLAG_WORD.matcher(text), end)) {
                flag = Optional.of(interpretation(f.group(2)));
                shared = "both".equalsIgnoreCase(f.group(1));
            } else if ((f = FLAG_BEFORE_NAME.matcher(text.substring(Math.max(0, begin - LOOK_BACK), begin))).find()) {
                flag = Optional.of(interpretation(f.group(1)));
            }
        }
        return Optional.of(new Result(new Span(begin, end), name, numericValue, textValue, unit, flag, shared,
                keepsCode ? loinc : Optional.empty()));
    }

    /** A unit written after a value: its UCUM code and where it ends. */
    private record UnitAt(String ucum, int end) {
    }

    private Optional<UnitAt> unitAt(String text, int at) {
        for (LabTestLexicon.WrittenUnit u : lexicon.units()) {
            Matcher um = u.pattern().matcher(text);
            if (lookingAt(um, at)) {
                return Optional.of(new UnitAt(u.ucum(), um.end()));
            }
        }
        return Optional.empty();
    }

    /** "less than" and "greater than" written as the signs a result would carry. */
    private static String comparator(String written) {
        String c = written.toLowerCase(Locale.ROOT);
        return c.startsWith("less") ? "<" : c.startsWith("greater") ? ">" : written;
    }

    private static LabInterpretation interpretation(String flag) {
        String f = flag.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (f) {
            case "h", "hh", "↑", "high", "elevated", "increased", "raised", "critically high", "critical high" ->
                    LabInterpretation.HIGH;
            case "l", "ll", "↓", "low", "decreased", "reduced", "critically low", "critical low" ->
                    LabInterpretation.LOW;
            case "n", "nl", "normal", "wnl", "within normal limits" -> LabInterpretation.NORMAL;
            default -> LabInterpretation.ABNORMAL;
        };
    }

    /** Where a free-text test name ending in a head word ("Urine Legionella antigen") begins. */
    private static int freeNameBegin(String text, int headBegin) {
        int lineStart = Math.max(0, headBegin - 80);
        String before = text.substring(lineStart, headBegin);
        Matcher b = CLAUSE_BOUNDARY.matcher(before);
        int clauseStart = 0;
        while (b.find()) {
            clauseStart = b.end();
        }
        String clause = before.substring(clauseStart);
        String[] words = clause.trim().isEmpty() ? new String[0] : clause.trim().split("[ \\t]+");
        int taken = 0;
        for (int w = words.length - 1; w >= 0 && taken < MAX_FREE_NAME_WORDS; w--) {
            String word = words[w];
            if (NOT_IN_TEST_NAMES.contains(word.toLowerCase(Locale.ROOT))
                    || !Character.isLetterOrDigit(word.charAt(0))) {
                break;
            }
            taken++;
        }
        if (taken == 0) {
            return headBegin;
        }
        int begin = headBegin;
        for (int i = 0; i < taken; i++) {
            begin = text.lastIndexOf(words[words.length - 1 - i], begin - 1);
        }
        return begin;
    }

    /** Longer readings win over shorter ones they overlap ("hemoglobin A1c 6.1%" over "hemoglobin"). */
    private static List<Result> withoutOverlaps(List<Result> results) {
        List<Result> byLength = new ArrayList<>(results);
        byLength.sort(Comparator.comparingInt((Result r) -> -r.span.length()).thenComparingInt(r -> r.span.begin()));
        List<Result> kept = new ArrayList<>();
        for (Result r : byLength) {
            if (kept.stream().noneMatch(k -> k.span.overlaps(r.span))) {
                kept.add(r);
            }
        }
        kept.sort(Comparator.comparing(Result::span));
        return kept;
    }

    /**
     * Whether {@code m} matches right at {@code at}. A {@code find(at)} that fails there would go on to scan
     * the rest of the document, which makes long documents quadratic.
     */
    private static boolean lookingAt(Matcher m, int at) {
        return m.useTransparentBounds(true).useAnchoringBounds(false).region(at, m.regionEnd()).lookingAt();
    }
}

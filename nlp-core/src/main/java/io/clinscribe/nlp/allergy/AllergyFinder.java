package io.clinscribe.nlp.allergy;

import io.clinscribe.nlp.section.SectionFinder;
import io.clinscribe.record.Allergy;
import io.clinscribe.record.Assertion;
import io.clinscribe.record.Mention;
import io.clinscribe.record.Section;
import io.clinscribe.record.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds allergies and intolerances: each substance with its reaction, span from substance through
 * reaction ("penicillin (hives)", "sulfa - rash", "codeine causes nausea"). Four stages, each skipping
 * text an earlier one claimed:
 * <ol>
 *   <li>"no known allergies" statements (NKDA, NKA, "no known drug allergies"): substance {@code drug}, negated;</li>
 *   <li>"allergic to X", "intolerant of X", "allergy to X", "anaphylaxis to X", anywhere (negated after "not", "no", "denies");</li>
 *   <li>allergy lists: an allergies section, or "Allergies:" / "All:" at a heading boundary anywhere;</li>
 *   <li>"X allergy" / "X-allergic" anywhere, "X reaction" for a known or already found allergen: span X.</li>
 * </ol>
 * A list item whose substance is not a known allergen is returned flagged for review, never dropped;
 * remarks in a list ("tolerated ceftriaxone", "premedicated for CT") are not substances. Stateless and
 * thread-safe; the lexicon is shared.
 */
public final class AllergyFinder {
    public static final String REVIEW_UNKNOWN_SUBSTANCE = "allergy substance not in allergen lexicon";
    public static final String REVIEW_UNUSUAL_ITEM = "unusual allergy list item";
    public static final String REVIEW_UNKNOWN_REACTION = "allergy reaction stated as unknown";
    /** The substance of "no known (drug) allergies" by the gold convention. */
    public static final String NO_KNOWN_ALLERGY_SUBSTANCE = "drug";

    private static final String FLAVOUR = "(?:drug|medication|medicine|medical|food|environmental)";
    private static final Pattern NO_KNOWN = Pattern.compile(
            "\\b(?:NKDA|NKA|NKFA|NKMA"
                    + "|(?:no|not)\\s+known\\s+(?:" + FLAVOUR + "\\s+(?:(?:or|and|/)\\s*" + FLAVOUR + "\\s+)?)?allerg(?:ies|y)"
                    + "|no\\s+(?:" + FLAVOUR + "\\s+)?allerg(?:ies|y)"
                    + "|denies\\s+(?:any\\s+)?(?:known\\s+)?(?:" + FLAVOUR + "\\s+)?allerg(?:ies|y))\\b"
                    + "(?![ \\t]+(?:to|of)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ABBREVIATION_AFTER = Pattern.compile("[ \\t]*\\((?:NKDA|NKA|NKFA|NKMA)\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAREN_AFTER = Pattern.compile("[ \\t]*\\(([^()\\n]{1,60})\\)");
    private static final Pattern STATEMENT = Pattern.compile(
            "\\b(?:allergic|allerg(?:y|ies)|hypersensitiv(?:e|ity)|intoleran(?:t|ce))[ \\t]+(?:to|of)[ \\t]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION_BEFORE = Pattern.compile(
            "\\b(?:no|not|denies|denied|deny|without|negative\\s+for)\\b[^.;\\n]{0,25}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_SUBSTANCE_IN_PARTICULAR = Pattern.compile(
            "(?:any[ \\t]+)?(?:known[ \\t]+)?(?:drugs?|medications?|medicines?|meds)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION_LEAD = Pattern.compile(
            "(?:(?:he|she|they|the[ \\t]+patient|patient|pt)[ \\t]+)?(?:denies|denied|no|not|negative[ \\t]+for)[ \\t]+"
                    + "(?:any[ \\t]+)?(?:known[ \\t]+)?(?:allerg(?:y|ies)[ \\t]+to[ \\t]+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REACTION_TO = Pattern.compile(
            "\\b(anaphylaxis|anaphylactic[ \\t]+reaction|angioedema|hives|urticaria|rash)[ \\t]+(?:to|from|with)[ \\t]+"
                    + "([A-Za-z][A-Za-z-]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNCERTAIN_BEFORE = Pattern.compile(
            "\\b(?:possible|possibly|questionable|probable|probably|likely|suspected|might|may|unclear|unsure"
                    + "|uncertain|not[ \\t]+sure)\\b|\\?[ \\t]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREVENTION_BEFORE = Pattern.compile(
            "\\b(?:for|risk|risks|monitor|watch|prevent|avoid|possible|potential)\\b[^.;\\n]{0,20}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_TRIGGER = Pattern.compile(
            "\\b(?:(?:drug|medication|medicine)\\s+)?(?:allerg(?:ies|y)|all)"
                    + "(?:[ \\t]+(?:reviewed|verified|updated|list|noted))?[ \\t]*:", Pattern.CASE_INSENSITIVE);
    /** A heading inside a run-in line ("NKDA. Immunizations: ...", ".,OBJECTIVE:") ends an allergy list. */
    private static final Pattern NEXT_HEADING = Pattern.compile("[.,;][ \\t]*[A-Z][A-Za-z /&-]{0,40}:");
    private static final Pattern NAMED_ALLERGY = Pattern.compile(
            "\\b([A-Za-z][A-Za-z0-9]*)(?:[ \\t]+|-)(allerg(?:y|ies)|reactions?)\\b"
                    + "(?![ \\t]+(?:medicines?|medications?|meds|testing|tests?|shots?|panel|season|symptoms|pills?"
                    + "|drops|sprays?|injections?|work-?up|clinic|specialist))"
                    + "|\\b([A-Za-z][A-Za-z0-9]*)-allergic\\b");
    private static final Pattern CAUSE = Pattern.compile(
            "[ \\t]+(?:causes|caused|causing|cause|gives|gave|give|results[ \\t]+in|resulted[ \\t]+in|resulting[ \\t]+in|leads[ \\t]+to"
                    + "|led[ \\t]+to|induces|induced|produces|produced|makes|made)[ \\t]+"
                    + "(?:(?:her|him|them|me|the[ \\t]+patient|patient)[ \\t]+)?(?:(?:a|an)[ \\t]+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DELIMITER = Pattern.compile("[ \\t]+(?:-{1,2}|\u2013|\u2014|=)[ \\t]+|[ \\t]*(?:->|\u2192)[ \\t]*|:[ \\t]+");
    private static final Pattern WITH = Pattern.compile("[ \\t]+with[ \\t]+(?:(?:a|an)[ \\t]+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern REMARK_TAIL = Pattern.compile(
            "[ \\t,]+(?:in[ \\t]+(?:the[ \\t]+past|\\d{4}|childhood)|as[ \\t]+an?[ \\t]+(?:child|infant|adult|teen\\w*|baby)"
                    + "|at[ \\t]+age\\b|since\\b|(?:\\d+|many|several|few)[ \\t]+years?[ \\t]+ago|years[ \\t]+ago"
                    + "|previously|remotely|in[ \\t]+the[ \\t]+hospital"
                    + "|per\\b|according[ \\t]+to\\b|by[ \\t]+(?:report|history)\\b|premedicat\\w*"
                    + "|,?[ \\t]*(?:tolerates|tolerated|carries|requires|needs)\\b).*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LEAD_NOISE = Pattern.compile(
            "^(?:[-*\u2022+?]+[ \\t]*|\\d{1,2}[.)][ \\t]*|(?:and|or|to|also|plus|a|an|the)[ \\t]+)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NONE = Pattern.compile(
            "(?:none(?:[ \\t]+known)?|no[ \\t]+known|nil|denies|negative)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONJUNCTION = Pattern.compile("[ \\t]+(?:and|or|&)[ \\t]+|[ \\t]*/[ \\t]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBSTANCE_TAIL = Pattern.compile(
            "(?:[ \\t-]+(?:allerg(?:y|ies)|intoleran(?:ce|t)|allergic|sensitiv(?:e|ity))|,?[ \\t]+(?:which|that|both|all))$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_LIST_CHARS = 400;
    private static final int MAX_LIST_LINES = 12;

    private final AllergyLexicon lexicon;

    public AllergyFinder(AllergyLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The allergies of {@code documentText} in document order; {@code sections} may be empty. */
    public List<Allergy> find(CharSequence documentText, List<Section> sections) {
        String text = documentText.toString();
        List<Candidate> found = new ArrayList<>();
        String lower = lowerCase(text);
        findNoKnownAllergies(text, lower, found);
        findStatements(text, lower, found);
        findReactionsToSubstances(text, lower, found);
        findLists(text, lower, sections, found);
        findNamedAllergies(text, lower, found);
        found.sort(Comparator.comparingInt(Candidate::begin));
        List<Allergy> allergies = new ArrayList<>(found.size());
        for (Candidate c : found) {
            allergies.add(c.toAllergy(text, sections, !c.negated() && isUncertain(text, c)));
        }
        return List.copyOf(allergies);
    }

    /** "possible rash to penicillin", "might be allergic to sulfa", "?PCN", "latex (?)" */
    private static boolean isUncertain(String text, Candidate c) {
        int from = Math.max(0, c.begin() - 60);
        int clauseStart = from;
        for (int k = c.begin() - 1; k >= from; k--) {
            char ch = text.charAt(k);
            if (ch == '.' || ch == ';' || ch == ',' || ch == ':' || ch == '\n' || ch == '(') {
                clauseStart = k + 1;
                break;
            }
        }
        if (UNCERTAIN_BEFORE.matcher(text).region(clauseStart, c.begin()).find()) {
            return true;
        }
        int k = c.end();
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && (text.charAt(k) == '?' || text.startsWith("(?)", k));
    }

    // ---- stage 1: no known allergies -------------------------------------------------------------

    private void findNoKnownAllergies(String text, String lower, List<Candidate> found) {
        for (MatchResult m : anchored(NO_KNOWN, text, lower, 80, 30, "allerg", "nk")) {
            Matcher abbreviation = ABBREVIATION_AFTER.matcher(text).region(m.end(), text.length());
            int end = abbreviation.lookingAt() ? abbreviation.end() : m.end(); // "No known drug allergies (NKDA)"
            addIfFree(found, Candidate.noKnown(m.start(), end));
        }
    }

    // ---- stage 2: allergic to X ------------------------------------------------------------------

    private void findStatements(String text, String lower, List<Candidate> found) {
        for (MatchResult m : anchored(STATEMENT, text, lower, 0, 40, "allerg", "intoleran", "hypersensitiv")) {
            int lineStart = Math.max(text.lastIndexOf('\n', m.start()) + 1, m.start() - 40);
            boolean negated = NEGATION_BEFORE.matcher(text.substring(lineStart, m.start())).find();
            int end = clauseEnd(text, m.end());
            Matcher none = NO_SUBSTANCE_IN_PARTICULAR.matcher(text).region(m.end(), end);
            if (negated && none.lookingAt()) {
                // "not allergic to any medications" says what NKDA says.
                addIfFree(found, Candidate.noKnown(m.start(), none.end()));
                continue;
            }
            if (headingFollows(text, m.end(), end)) {
                continue; // "ALLERGIES TO MEDICATIONS:" is a heading, its list follows
            }
            boolean intolerance = m.group().toLowerCase(Locale.ROOT).startsWith("intoleran");
            readItems(text, m.end(), end, negated, false, intolerance, found);
        }
    }

    private static boolean headingFollows(String text, int from, int to) {
        for (int k = from; k < Math.min(to + 1, Math.min(text.length(), from + 30)); k++) {
            if (text.charAt(k) == ':') {
                return true;
            }
        }
        return false;
    }

    /** End of the clause after "allergic to": sentence end, semicolon, line end or a run-in heading. */
    private static int clauseEnd(String text, int from) {
        int limit = Math.min(text.length(), from + 200);
        int depth = 0;
        for (int k = from; k < limit; k++) {
            char c = text.charAt(k);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                if (depth == 0) {
                    return k; // the clause stood inside parentheses: "(allergic to penicillin)"
                }
                depth--;
            } else if (depth == 0 && (c == ';' || c == '\n' || c == '\r' || isSentenceEnd(text, k))) {
                return k;
            }
        }
        return limit;
    }

    /** "anaphylaxis to peanuts": reaction first; only for known allergens, "rash to the arm" is no allergy. */
    private void findReactionsToSubstances(String text, String lower, List<Candidate> found) {
        for (MatchResult m : anchored(REACTION_TO, text, lower, 0, 60, "anaphyla", "angioedema", "hives", "urticaria",
                "rash")) {
            int begin = m.start(2);
            int end = m.end(2);
            String word = text.substring(begin, end);
            int next = text.indexOf(' ', end + 1);
            if (next > 0 && next - end < 20 && lexicon.isAllergen(text.substring(begin, next))) {
                end = next;
                word = text.substring(begin, end);
            }
            if (!lexicon.isAllergen(word)) {
                continue;
            }
            int lineStart = Math.max(text.lastIndexOf('\n', m.start()) + 1, m.start() - 40);
            boolean negated = NEGATION_BEFORE.matcher(text.substring(lineStart, m.start())).find();
            addIfFree(found, new Candidate(m.start(1), end, begin, end, m.start(1), m.end(1), negated, null, List.of(),
                    false));
        }
    }

    // ---- stage 3: allergy lists ------------------------------------------------------------------

    private void findLists(String text, String lower, List<Section> sections, List<Candidate> found) {
        List<int[]> regions = new ArrayList<>();
        for (Section s : sections) {
            if (Section.ALLERGIES.equals(s.name())) {
                int start = s.span().begin() + s.heading().length();
                if (start < s.span().end() && text.charAt(start) == ':') {
                    start++;
                }
                regions.add(listRegion(text, start, s.span().end()));
            }
        }
        for (MatchResult m : anchored(LIST_TRIGGER, text, lower, 20, 40, "all")) {
            String word = m.group();
            if (word.regionMatches(false, 0, "all", 0, 3) && !word.regionMatches(true, 0, "allerg", 0, 6)) {
                continue; // lower-case "all:" is prose
            }
            if (!atHeadingBoundary(text, m.start())) {
                continue;
            }
            int limit = SectionFinder.enclosing(sections, m.start())
                    .filter(s -> Section.ALLERGIES.equals(s.name()))
                    .map(s -> s.span().end()).orElse(text.length());
            regions.add(listRegion(text, m.end(), limit));
        }
        regions.sort(Comparator.comparingInt(r -> r[0]));
        int covered = -1;
        for (int[] r : regions) {
            if (r[0] >= covered) {
                readItems(text, r[0], r[1], false, true, false, found);
                covered = r[1];
            }
        }
    }

    private static boolean atHeadingBoundary(String text, int i) {
        int j = i - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        if (j < 0) {
            return true;
        }
        char c = text.charAt(j);
        return c == '\n' || c == '\r' || c == '.' || c == ',' || c == ';';
    }

    /** The list after a heading: the rest of its line, or, if that is empty, the lines below it. */
    private static int[] listRegion(String text, int start, int limit) {
        int k = start;
        while (k < limit && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == ',')) {
            k++;
        }
        int lineEnd = lineEnd(text, k, limit);
        if (lineEnd > k) {
            int end = Math.min(lineEnd, k + MAX_LIST_CHARS);
            Matcher next = NEXT_HEADING.matcher(text).region(k, end);
            if (next.find()) {
                end = next.start() + 1;
            }
            int runInBreak = text.indexOf(".,", k);
            if (runInBreak >= 0 && runInBreak < end) {
                end = runInBreak + 1; // MTSamples-style text writes a line break as ".,"
            }
            return new int[] {k, end};
        }
        int end = k;
        int lines = 0;
        int p = k;
        while (p < limit && lines < MAX_LIST_LINES) {
            int nl = p;
            if (text.charAt(nl) == '\r' && nl + 1 < limit && text.charAt(nl + 1) == '\n') {
                nl++;
            }
            int ls = nl + 1;
            int le = lineEnd(text, ls, limit);
            if (ls >= limit || text.substring(ls, le).isBlank()) {
                break; // a blank line ends the list
            }
            end = le;
            p = le;
            lines++;
        }
        return new int[] {k, end};
    }

    private static int lineEnd(String text, int from, int limit) {
        int k = from;
        while (k < limit && text.charAt(k) != '\n' && text.charAt(k) != '\r') {
            k++;
        }
        return k;
    }

    // ---- list items (stages 2 and 3) -------------------------------------------------------------

    /** Splits [from, to) into items at top-level commas, semicolons, sentence ends and line breaks. */
    private void readItems(String text, int from, int to, boolean negated, boolean list, boolean knownOnly,
                           List<Candidate> found) {
        Candidate previous = null;
        int depth = 0;
        int itemStart = from;
        boolean sentenceNegated = false;
        for (int k = from; k <= to; k++) {
            boolean split = k == to;
            boolean sentenceEnd = split;
            if (!split) {
                char c = text.charAt(k);
                if (c == '(' || c == '[') {
                    depth++;
                } else if ((c == ')' || c == ']') && depth > 0) {
                    depth--;
                } else if (depth == 0) {
                    sentenceEnd = c == ';' || c == '\n' || c == '\r' || isSentenceEnd(text, k);
                    split = sentenceEnd || c == ',';
                }
            }
            if (split) {
                int start = itemStart;
                Matcher cue = NEGATION_LEAD.matcher(text).region(skipBlanks(text, start, k), k);
                if (list && cue.lookingAt()) {
                    // "He denies shrimp, seafood or dye allergy": the rest of the sentence is negated.
                    sentenceNegated = true;
                    start = cue.end();
                }
                Candidate c = readItem(text, start, k, negated || sentenceNegated, list, previous, found);
                if (c != null && knownOnly && !c.isKnown()) {
                    found.remove(c);
                    c = null;
                }
                previous = c;
                itemStart = k + 1;
                if (sentenceEnd) {
                    sentenceNegated = false;
                }
            }
        }
    }

    private static int skipBlanks(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static boolean isSentenceEnd(String text, int k) {
        if (text.charAt(k) != '.') {
            return false;
        }
        boolean after = k + 1 >= text.length() || Character.isWhitespace(text.charAt(k + 1)) || text.charAt(k + 1) == ',';
        boolean before = k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == ')');
        return after && before;
    }

    /** Reads one item; returns the candidate a following reaction-only item may extend. */
    private Candidate readItem(String text, int a, int b, boolean negated, boolean list, Candidate previous,
                               List<Candidate> found) {
        int[] t = trim(text, a, b);
        a = t[0];
        b = t[1];
        Matcher lead = LEAD_NOISE.matcher(text).region(a, b);
        if (lead.lookingAt()) {
            a = lead.end();
        }
        if (a >= b || overlapsAny(found, a, b)) {
            return null;
        }
        String item = text.substring(a, b);
        String lower = item.toLowerCase(Locale.ROOT);
        if (previous != null && (lower.startsWith("which ") || lower.startsWith("that "))) {
            Matcher cause = CAUSE.matcher(text).region(a + lower.indexOf(' '), b);
            if (cause.lookingAt() && previous.reactionBegin() < 0) {
                int[] r = reactionBounds(text, cause.end(), b);
                if (r[1] > r[0]) {
                    Candidate extended = previous.withReaction(r[0], r[1], false);
                    replace(found, previous, extended);
                    return extended;
                }
            }
            return null;
        }
        if (previous != null && previous.reactionByDelimiter() && lexicon.isReaction(item)) {
            Candidate extended = previous.withReaction(previous.reactionBegin(), b, true);
            replace(found, previous, extended);
            return extended;
        }
        if (list && NONE.matcher(item).matches()) {
            addIfFree(found, Candidate.noKnown(a, b));
            return null;
        }
        String firstWord = lower.split("[\\s,]+", 2)[0];
        if (lexicon.isCommentaryLead(firstWord)) {
            return null;
        }
        return readSubstanceAndReaction(text, a, b, negated, list, found);
    }

    private Candidate readSubstanceAndReaction(String text, int a, int b, boolean negated, boolean list,
                                               List<Candidate> found) {
        int subEnd = b;
        int reaBegin = -1;
        int reaEnd = -1;
        int spanEnd = b;
        boolean byDelimiter = false;
        List<String> reasons = new ArrayList<>();
        int paren = indexOfAny(text, a, b, '(', '[');
        if (paren > a) {
            char close = text.charAt(paren) == '(' ? ')' : ']';
            int closeAt = text.indexOf(close, paren);
            int inner = closeAt < 0 || closeAt > b ? b : closeAt;
            subEnd = paren;
            spanEnd = closeAt < 0 || closeAt > b ? b : closeAt + 1;
            int[] r = reactionBounds(text, paren + 1, inner);
            Matcher more = CONJUNCTION.matcher(text).region(Math.min(spanEnd, b), b);
            if (spanEnd < b && more.lookingAt()) {
                // "shellfish (throat swelling) and iodine": the rest is another item.
                readSubstanceAndReaction(text, more.end(), b, negated, list, found);
            }
            if (lexicon.isUnknownReaction(text.substring(r[0], r[1]))) {
                reasons.add(REVIEW_UNKNOWN_REACTION);
            } else if (r[1] > r[0]) {
                reaBegin = r[0];
                reaEnd = r[1];
            }
        } else {
            int[] split = reactionSplit(text, a, b);
            if (split != null) {
                subEnd = split[0];
                int[] r = reactionBounds(text, split[1], b);
                if (lexicon.isUnknownReaction(text.substring(r[0], r[1]))) {
                    reasons.add(REVIEW_UNKNOWN_REACTION);
                    spanEnd = r[1];
                } else if (r[1] > r[0]) {
                    reaBegin = r[0];
                    reaEnd = r[1];
                    spanEnd = r[1];
                    byDelimiter = true;
                }
            }
        }
        int[] s = substanceBounds(text, a, subEnd);
        String substance = text.substring(s[0], s[1]);
        if (list && reaBegin < 0 && NONE.matcher(substance).matches()) {
            addIfFree(found, Candidate.noKnown(s[0], s[1])); // "None by history"
            return null;
        }
        if (s[1] <= s[0] || lexicon.hasClauseVerb(substance) || lexicon.isNotSubstance(substance)) {
            return null; // a sentence about the patient, or "allergies to medications:" as a heading
        }
        if (reaBegin < 0) {
            spanEnd = Math.max(s[1], paren > a ? spanEnd : s[1]);
        }
        // "penicillin and sulfa", "ASA/PCN both cause rash": one entry a substance, the last one
        // running through the reaction.
        List<int[]> parts = splitConjunction(text, s[0], s[1]);
        if (parts.size() > 1 && (paren < 0 || reaBegin >= 0)) {
            for (int i = 0; i < parts.size() - 1; i++) {
                int[] p = parts.get(i);
                add(text, found, p[0], p[1], p[0], p[1], -1, -1, negated, reasons, false);
            }
            s = parts.get(parts.size() - 1);
        }
        return add(text, found, s[0], spanEnd, s[0], s[1], reaBegin, reaEnd, negated, reasons, byDelimiter);
    }

    private Candidate add(String text, List<Candidate> found, int begin, int end, int subBegin, int subEnd, int reaBegin,
                          int reaEnd, boolean negated, List<String> reasons, boolean byDelimiter) {
        List<String> all = new ArrayList<>(reasons);
        String substance = text.substring(subBegin, subEnd);
        if (!lexicon.mentionsAllergen(substance)) {
            all.add(REVIEW_UNKNOWN_SUBSTANCE);
        }
        if (substance.split("\\s+").length > 4 || substance.chars().anyMatch(Character::isDigit)) {
            all.add(REVIEW_UNUSUAL_ITEM);
        }
        Candidate c = new Candidate(begin, end, subBegin, subEnd, reaBegin, reaEnd, negated, null, List.copyOf(all),
                byDelimiter);
        return addIfFree(found, c) ? c : null;
    }

    /**
     * Where a reaction starts in an item without parentheses: {end of substance, start of reaction,
     * 1 if by a delimiter (dash, colon, arrow) else 0}, or null.
     */
    private int[] reactionSplit(String text, int a, int b) {
        int[] best = null;
        Matcher d = DELIMITER.matcher(text).region(a, b);
        if (d.find() && d.start() > a) {
            best = new int[] {d.start(), d.end(), 1};
        }
        Matcher c = CAUSE.matcher(text).region(a, b);
        if (c.find() && c.start() > a) {
            best = new int[] {c.start(), c.end(), 0}; // "venom - bee/wasp causing wheezing": the verb decides
        }
        if (best == null) {
            Matcher w = WITH.matcher(text).region(a, b);
            if (w.find() && w.start() > a && startsWithReaction(text, w.end(), b)) {
                best = new int[] {w.start(), w.end(), 0};
            }
        }
        if (best == null) {
            // "penicillin-rash": a hyphen joins substance and reaction only when a reaction follows it.
            int hyphen = text.lastIndexOf('-', b - 1);
            if (hyphen > a && hyphen < b - 1 && lexicon.isReaction(text.substring(hyphen + 1, b).strip())) {
                best = new int[] {hyphen, hyphen + 1, 1};
            }
        }
        return best;
    }

    private boolean startsWithReaction(String text, int from, int to) {
        String rest = text.substring(from, to).toLowerCase(Locale.ROOT).strip();
        String[] words = rest.split("\\s+");
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < Math.min(3, words.length); i++) {
            if (i > 0) {
                phrase.append(' ');
            }
            phrase.append(words[i]);
            if (lexicon.isReaction(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Reaction bounds in [from, to): trimmed, without a trailing remark ("in 2005", "as a child", "per chart"). */
    private static int[] reactionBounds(String text, int from, int to) {
        int[] r = trim(text, from, to);
        Matcher tail = REMARK_TAIL.matcher(text).region(r[0], r[1]);
        if (tail.find()) {
            r = trim(text, r[0], tail.start());
        }
        return r;
    }

    private static int[] substanceBounds(String text, int from, int to) {
        int[] s = trim(text, from, to);
        Matcher tail = REMARK_TAIL.matcher(text).region(s[0], s[1]);
        if (tail.find()) {
            s = trim(text, s[0], tail.start());
        }
        Matcher word = SUBSTANCE_TAIL.matcher(text).region(s[0], s[1]);
        if (word.find()) {
            s = trim(text, s[0], word.start());
        }
        return s;
    }

    private static List<int[]> splitConjunction(String text, int from, int to) {
        List<int[]> parts = new ArrayList<>();
        Matcher m = CONJUNCTION.matcher(text).region(from, to);
        int start = from;
        while (m.find()) {
            parts.add(trim(text, start, m.start()));
            start = m.end();
        }
        parts.add(trim(text, start, to));
        parts.removeIf(p -> p[1] <= p[0]);
        return parts;
    }

    // ---- stage 4: X allergy ----------------------------------------------------------------------

    private void findNamedAllergies(String text, String lower, List<Candidate> found) {
        List<String> substances = new ArrayList<>();
        for (Candidate c : found) {
            if (!c.negated() && c.fixedSubstance() == null) {
                substances.add(AllergyLexicon.key(text.substring(c.substanceBegin(), c.substanceEnd())));
            }
        }
        for (MatchResult m : anchored(NAMED_ALLERGY, text, lower, 45, 60, "allerg", "reaction")) {
            boolean hyphenated = m.group(3) != null;
            int begin = hyphenated ? m.start(3) : m.start(1);
            int end = hyphenated ? m.end(3) : m.end(1);
            String word = text.substring(begin, end);
            if (word.length() < 2 || lexicon.isNotSubstance(word) || lexicon.isCommentaryLead(word)
                    || lexicon.hasClauseVerb(word)
                    || looksLikeParticiple(word) && !lexicon.isAllergen(word)) {
                continue; // "food related allergies", "the allergy"
            }
            boolean reaction = !hyphenated && m.group(2).toLowerCase(Locale.ROOT).startsWith("reaction");
            int before = text.lastIndexOf(' ', Math.max(0, begin - 2));
            if (before >= 0 && before < begin - 1) {
                String twoWords = text.substring(before + 1, end);
                if (lexicon.isAllergen(twoWords) && !twoWords.contains("\n")) {
                    begin = before + 1;
                    word = twoWords;
                }
            }
            if (reaction && !lexicon.isAllergen(word) && !substances.contains(AllergyLexicon.key(word))) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', begin) + 1;
            String lead = text.substring(Math.max(lineStart, begin - 30), begin);
            if (reaction && PREVENTION_BEFORE.matcher(lead).find()) {
                continue; // "monitor for contrast reaction" is a precaution, not an allergy
            }
            boolean negated = NEGATION_BEFORE.matcher(lead).find() && !reaction;
            Matcher paren = PAREN_AFTER.matcher(text).region(m.end(), text.length());
            if (!reaction && paren.lookingAt() && !lexicon.isUnknownReaction(paren.group(1))) {
                // "peanut allergy (anaphylaxis)": substance through reaction.
                int[] r = reactionBounds(text, paren.start(1), paren.end(1));
                add(text, found, begin, paren.end(), begin, end, r[0], r[1], negated, List.of(), false);
            } else {
                add(text, found, begin, end, begin, end, -1, -1, negated, List.of(), false);
            }
        }
    }

    private static boolean looksLikeParticiple(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 5 && (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("ly"));
    }

    // ---- shared ----------------------------------------------------------------------------------

    /**
     * Matches of {@code pattern} that contain one of the anchor words, in document order. Running the
     * pattern only in a window around each anchor keeps notes that say nothing about allergies cheap.
     */
    private static List<MatchResult> anchored(Pattern pattern, String text, String lower, int before, int after,
                                              String... anchors) {
        List<int[]> windows = new ArrayList<>();
        for (String anchor : anchors) {
            for (int i = lower.indexOf(anchor); i >= 0; i = lower.indexOf(anchor, i + 1)) {
                windows.add(new int[] {i, i + anchor.length()});
            }
        }
        if (windows.isEmpty()) {
            return List.of();
        }
        windows.sort(Comparator.comparingInt(w -> w[0]));
        List<MatchResult> matches = new ArrayList<>();
        int lastStart = -1;
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] w : windows) {
            m.region(Math.max(0, w[0] - before), Math.min(text.length(), w[1] + after));
            while (m.find()) {
                if (m.start() <= w[0] && w[0] < m.end() && m.start() > lastStart) {
                    matches.add(m.toMatchResult());
                    lastStart = m.start();
                }
            }
        }
        matches.sort(Comparator.comparingInt(MatchResult::start));
        return matches;
    }

    /** Lower case char by char, so offsets stay those of the original text. */
    private static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static int indexOfAny(String text, int from, int to, char x, char y) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == x || c == y) {
                return k;
            }
        }
        return -1;
    }

    private static int[] trim(String text, int a, int b) {
        while (a < b && isTrimmable(text.charAt(a))) {
            a++;
        }
        while (b > a && (isTrimmable(text.charAt(b - 1)) || text.charAt(b - 1) == '.' || text.charAt(b - 1) == ',')) {
            b--;
        }
        return new int[] {a, b};
    }

    private static boolean isTrimmable(char c) {
        return Character.isWhitespace(c) || c == ';' || c == ':' || c == '"';
    }

    private static boolean overlapsAny(List<Candidate> found, int begin, int end) {
        for (Candidate c : found) {
            if (c.begin() < end && begin < c.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean addIfFree(List<Candidate> found, Candidate c) {
        if (c.end() <= c.begin() || overlapsAny(found, c.begin(), c.end())) {
            return false;
        }
        found.add(c);
        return true;
    }

    private static void replace(List<Candidate> found, Candidate old, Candidate now) {
        int i = found.indexOf(old);
        if (i >= 0) {
            found.set(i, now);
        }
    }

    /** An allergy under construction: offsets into the document, -1 for an absent reaction. */
    private record Candidate(int begin, int end, int substanceBegin, int substanceEnd, int reactionBegin,
                             int reactionEnd, boolean negated, String fixedSubstance, List<String> reasons,
                             boolean reactionByDelimiter) {

        boolean isKnown() {
            return !reasons.contains(REVIEW_UNKNOWN_SUBSTANCE);
        }

        static Candidate noKnown(int begin, int end) {
            return new Candidate(begin, end, begin, end, -1, -1, true, NO_KNOWN_ALLERGY_SUBSTANCE, List.of(), false);
        }

        Candidate withReaction(int rb, int re, boolean byDelimiter) {
            return new Candidate(begin, Math.max(end, re), substanceBegin, substanceEnd, rb, re, negated,
                    fixedSubstance, reasons, byDelimiter);
        }

        Allergy toAllergy(String text, List<Section> sections, boolean uncertain) {
            Span span = new Span(begin, end);
            String substance = fixedSubstance != null ? fixedSubstance : text.substring(substanceBegin, substanceEnd);
            Optional<String> reaction = reactionBegin < 0 ? Optional.empty()
                    : Optional.of(text.substring(reactionBegin, reactionEnd));
            Mention mention = Mention.at(text, span);
            if (negated) {
                mention = mention.withAssertion(Assertion.PRESENT.withNegated(true));
            } else if (uncertain) {
                mention = mention.withAssertion(Assertion.PRESENT.withUncertain(true));
            }
            Optional<String> section = SectionFinder.enclosing(sections, begin).map(Section::name);
            mention = new Mention(mention.text(), mention.provenance(), mention.assertion(), mention.codes(), section,
                    reasons.isEmpty() ? 1.0 : 0.6, reasons);
            return new Allergy(mention, substance, reaction);
        }
    }
}

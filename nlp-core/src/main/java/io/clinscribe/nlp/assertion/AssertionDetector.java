package io.clinscribe.nlp.assertion;

import io.clinscribe.record.Assertion;
import io.clinscribe.record.EntryKind;
import io.clinscribe.record.Section;
import io.clinscribe.record.Span;
import io.clinscribe.record.Subject;

import java.util.Objects;
import java.util.Optional;

/**
 * ConText assertion for one mention: finds the lexicon cues of {@link ContextRules} in the mention's
 * sentence, works out which cues' scopes reach the mention (direction, window, terminations such as
 * "but" or "which", and ";"), and combines them with the section into an {@link Assertion}.
 * Stateless and thread-safe; only the sentence is tokenised, never the whole document.
 */
public final class AssertionDetector {
    /** Characters of context kept on each side of the mention. */
    private static final int CONTEXT_CHARS = 400;

    /**
     * What "historical" means. The record's convention (FORMAT.md): a chronic condition after "h/o" or
     * in a past-history section is still current. ConText's and the NegEx test kit's: anything that
     * began in the past is historical, chronic or not.
     */
    public enum HistoricalConvention { CHRONIC_STAYS_CURRENT, PAST_ONSET }

    private final ContextRules rules;
    private final HistoricalConvention convention;

    public AssertionDetector(ContextRules rules) {
        this(rules, HistoricalConvention.CHRONIC_STAYS_CURRENT);
    }

    public AssertionDetector(ContextRules rules, HistoricalConvention convention) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.convention = Objects.requireNonNull(convention, "convention");
    }

    /** Assertion of a mention of unknown kind (treated as a problem). */
    public Assertion assess(CharSequence documentText, Span sentence, Span target, Optional<String> sectionName) {
        return assess(documentText, sentence, target, sectionName, EntryKind.PROBLEM);
    }

    /**
     * Assertion of a mention of the given kind: "historical" means a past episode for problems (chronic
     * conditions stay current), stopped or completed for medications, done before this encounter for
     * procedures; "hypothetical" covers planned or ordered tests and procedures and conditional treatment.
     */
    public Assertion assess(CharSequence documentText, Span sentence, Span target, Optional<String> sectionName,
                            EntryKind kind) {
        Objects.requireNonNull(documentText, "documentText");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        String section = sectionName == null ? null : sectionName.orElse(null);
        Span clause = sentence == null ? target : sentence.union(target);
        int to = Math.min(clause.end(), documentText.length());
        int from = Math.min(clause.begin(), to);
        // cue scopes are a few words wide: look no further than CONTEXT_CHARS either side of the mention,
        // so run-on "sentences" (unpunctuated dictation, whole report headers) stay cheap
        if (target.begin() - from > CONTEXT_CHARS) {
            from = wordStart(documentText, target.begin() - CONTEXT_CHARS, target.begin());
        }
        if (to - target.end() > CONTEXT_CHARS) {
            to = wordEnd(documentText, target.end() + CONTEXT_CHARS, target.end());
        }
        ClauseTokens tokens = ClauseTokens.of(documentText, from, to);
        int n = tokens.size();

        int first = 0;
        while (first < n && tokens.end(first) <= target.begin()) {
            first++;
        }
        int last = first;
        while (last < n && tokens.begin(last) < target.end()) {
            last++;
        }
        Cues cues = Cues.find(rules, tokens, first, last);
        Scope scope = new Scope(tokens, cues, first, last);
        boolean chronic = false;
        boolean episodic = false;
        for (int i = first; i < last; ) {
            ContextRules.Match m = rules.courseAt(tokens, i);
            if (m == null) {
                i++;
                continue;
            }
            for (ContextTrigger t : m.triggers()) {
                chronic |= t.category() == ContextCategory.CHRONIC;
                episodic |= t.category() == ContextCategory.EPISODIC;
            }
            i = m.end();
        }
        return combine(scope, kind, section,
                convention == HistoricalConvention.CHRONIC_STAYS_CURRENT && chronic && !episodic);
    }

    /** First offset at or after {@code i} (but not past {@code limit}) that starts a word. */
    private static int wordStart(CharSequence text, int i, int limit) {
        while (i < limit && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Last offset at or before {@code i} (but not before {@code limit}) that ends a word. */
    private static int wordEnd(CharSequence text, int i, int limit) {
        while (i > limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static Assertion combine(Scope scope, EntryKind kind, String section, boolean chronic) {
        boolean negated = scope.reached(ContextCategory.NEGATION) && !(isMeasurement(kind) && scope.negationIsValue());
        // a differential is about findings and tests, not about drugs given or numbers measured
        boolean uncertain = scope.reached(ContextCategory.UNCERTAIN)
                && kind != EntryKind.MEDICATION && kind != EntryKind.VITAL_SIGN;
        boolean orderable = kind == EntryKind.PROCEDURE || kind == EntryKind.LAB_RESULT;
        boolean hypothetical = scope.reached(ContextCategory.HYPOTHETICAL)
                || (scope.reached(ContextCategory.PLANNED) && orderable)
                || (scope.reached(ContextCategory.CONDITIONED) && (orderable || kind == EntryKind.MEDICATION));

        boolean pastSection = Section.PAST_MEDICAL_HISTORY.equals(section) || Section.PAST_SURGICAL_HISTORY.equals(section);
        boolean pastCue = scope.reached(ContextCategory.HISTORICAL);
        boolean historical = scope.reached(ContextCategory.RESOLVED);
        if (kind == EntryKind.PROBLEM) {
            // chronic conditions stay current after "h/o" and in past-history sections; past episodes do not
            historical |= (pastCue || pastSection) && !chronic;
        } else if (kind == EntryKind.PROCEDURE) {
            historical |= pastCue || pastSection;
        } else if (kind != EntryKind.ALLERGY) {
            historical |= pastCue;
        }
        if (kind == EntryKind.ALLERGY) {
            hypothetical = false; // "add daptomycin given her vancomycin reaction": the allergy itself is real
        }
        if (hypothetical) {
            uncertain = false; // "if a catheter infection is suspected": conditional, not a differential
        }
        Subject subject = scope.experiencer();
        if (subject == Subject.PATIENT && Section.FAMILY_HISTORY.equals(section)) {
            subject = Subject.FAMILY_MEMBER;
        }
        if (negated || hypothetical || subject != Subject.PATIENT) {
            // "no history of X" is negated only; "next colonoscopy due in 2028" is planned; a relative's
            // "colon cancer at age 60" is family history, not the patient's past
            historical = false;
        }
        return new Assertion(negated, uncertain, hypothetical, historical, subject);
    }

    private static boolean isMeasurement(EntryKind kind) {
        return kind == EntryKind.LAB_RESULT || kind == EntryKind.VITAL_SIGN;
    }

    /** The cues found in a sentence, indexed by token. */
    private static final class Cues {
        final ContextRules.Match[] startingAt;
        /** Bit set of categories whose scope a termination covering this token ends. */
        final long[] terminationAt;
        /** Bit set of scope-breaking categories of forward cues starting at this token. */
        final long[] breakerAt;

        private Cues(int n) {
            startingAt = new ContextRules.Match[n];
            terminationAt = new long[n];
            breakerAt = new long[n];
        }

        static Cues find(ContextRules rules, ClauseTokens tokens, int first, int last) {
            int n = tokens.size();
            Cues cues = new Cues(n);
            for (int i = 0; i < n; ) {
                ContextRules.Match m = rules.cueAt(tokens, i);
                if (m == null) {
                    i++;
                    continue;
                }
                // a cue beginning inside the mention belongs to its text ("no-reflow" aside), unless it opens it
                if (i <= first || i >= last) {
                    cues.startingAt[i] = m;
                    for (ContextTrigger t : m.triggers()) {
                        if (t.category() == ContextCategory.TERMINATION) {
                            for (int k = m.start(); k < m.end(); k++) {
                                cues.terminationAt[k] |= t.terminates();
                            }
                        } else if (t.direction().looksForward() && ContextRules.SCOPE_BREAKERS.contains(t.category())) {
                            cues.breakerAt[i] |= t.category().bit();
                        }
                    }
                }
                i = m.end();
            }
            return cues;
        }
    }

    /** Which cue categories reach the mention at tokens [first, last). */
    private static final class Scope {
        private long reached;
        private boolean negationOnlyAsValue = true;
        private int experiencerDistance = Integer.MAX_VALUE;
        private Subject experiencer = Subject.PATIENT;

        Scope(ClauseTokens tokens, Cues cues, int first, int last) {
            for (int i = 0; i < tokens.size(); i++) {
                ContextRules.Match m = cues.startingAt[i];
                if (m == null) {
                    continue;
                }
                for (ContextTrigger t : m.triggers()) {
                    int distance = reach(tokens, cues, m, t, first, last);
                    if (distance < 0) {
                        continue;
                    }
                    ContextCategory c = t.category();
                    reached |= c.bit();
                    if (c == ContextCategory.NEGATION && !t.phrase().contains("negative") && !t.phrase().contains("neg")) {
                        negationOnlyAsValue = false;
                    }
                    if ((c == ContextCategory.FAMILY || c == ContextCategory.OTHER) && distance < experiencerDistance) {
                        experiencerDistance = distance;
                        experiencer = c == ContextCategory.FAMILY ? Subject.FAMILY_MEMBER : Subject.OTHER;
                    }
                }
            }
        }

        boolean reached(ContextCategory c) {
            return (reached & c.bit()) != 0;
        }

        /** Whether every negation reaching the mention is the word "negative" (a test result, not an absence). */
        boolean negationIsValue() {
            return negationOnlyAsValue;
        }

        Subject experiencer() {
            return experiencer;
        }

        /** Distance in tokens from the cue to the mention when its scope reaches it, else -1. */
        private static int reach(ClauseTokens tokens, Cues cues, ContextRules.Match m, ContextTrigger t,
                                 int first, int last) {
            ContextCategory c = t.category();
            if (t.direction() == TriggerDirection.NONE || c == ContextCategory.TERMINATION) {
                return -1;
            }
            if (first >= last) {
                return -1;
            }
            boolean opensMention = m.start() <= first && m.end() > first;
            if (t.window() == 0 && !opensMention) {
                return -1; // whole-mention cues such as "NKDA"
            }
            if (t.direction().looksForward() && m.start() <= first) {
                if (opensMention) {
                    return 0; // the cue opens the mention ("no known drug allergies") or straddles it
                }
                return forward(tokens, cues, m.end(), first, t) ? first - m.end() + 1 : -1;
            }
            if (t.direction().looksBackward() && m.start() >= last && (!isLayoutCue(t) || endsClause(tokens, m.end()))) {
                return backward(tokens, cues, m.start() - 1, last, t) ? m.start() - last + 1 : -1;
            }
            return -1;
        }

        /** ": none", "- denies": a post-position cue of list layouts, valid only at the end of its clause. */
        private static boolean isLayoutCue(ContextTrigger t) {
            String lead = t.phrase().get(0);
            return lead.equals(":") || lead.equals("-");
        }

        private static boolean endsClause(ClauseTokens tokens, int next) {
            if (next >= tokens.size()) {
                return true;
            }
            String tok = tokens.text(next);
            return tok.equals(".") || tok.equals(",") || tok.equals(";") || tok.equals(")");
        }

        private static boolean forward(ClauseTokens tokens, Cues cues, int from, int target, ContextTrigger t) {
            int words = 0;
            ContextCategory c = t.category();
            for (int i = from; i < target; i++) {
                String tok = tokens.text(i);
                boolean adjacent = i == from;
                // "not had", "no other": a termination right after a negation cue is part of the cue's phrase
                boolean excused = adjacent && c == ContextCategory.NEGATION && !tok.equals(";");
                if ((cues.terminationAt[i] & c.bit()) != 0 && !excused) {
                    return false;
                }
                if (tok.equals(";") || tok.equals(".") || (!adjacent && (tok.equals(":") || tokens.isSpacedDash(i)))) {
                    return false;
                }
                if ((cues.breakerAt[i] & ~c.bit()) != 0) {
                    return false;
                }
                if (isSeparator(tok) || (tok.equals("as") && i > 0 && tokens.text(i - 1).equals("such"))) {
                    words = 0;
                } else if (++words > t.window()) {
                    return false;
                }
            }
            return true;
        }

        private static boolean backward(ClauseTokens tokens, Cues cues, int from, int target, ContextTrigger t) {
            int words = 0;
            ContextCategory c = t.category();
            for (int i = from; i >= target; i--) {
                String tok = tokens.text(i);
                if ((cues.terminationAt[i] & c.bit()) != 0) {
                    return false;
                }
                if (tok.equals(";") || tok.equals(":") || tok.equals(".") || tokens.isSpacedDash(i)) {
                    return false;
                }
                if (c == ContextCategory.UNCERTAIN && tok.equals(",")) {
                    return false; // "opacities, concern for ARDS vs overload": alternatives do not reach back over a comma
                }
                if (isSeparator(tok)) {
                    words = 0;
                } else if (++words > t.window()) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isSeparator(String tok) {
            switch (tok) {
                case ",":
                case "or":
                case "and":
                case "nor":
                case "/":
                case "&":
                case "including":
                case "incl":
                    return true;
                default:
                    return false;
            }
        }
    }
}

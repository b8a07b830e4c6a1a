package io.clinscribe.nlp.assertion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ConText model: a trigger lexicon (negation, pseudo-negation, uncertainty, hypothetical and
 * planned, historical and resolved, family and other experiencers, terminations) and the words that
 * tell a chronic condition from a past episode, compiled into token tries. Load it once and share it;
 * it is immutable and thread-safe.
 */
public final class ContextRules {
    /** The lexicon shipped with clinscribe. */
    public static final String DEFAULT_RESOURCE = "context-rules.tsv";

    private static final String YEAR = "<year>";
    private static final String NUMBER = "<num>";
    private static final String POST_OP_DAY = "<pod>";
    private static final String DURATION = "<dur>";

    private final Node cues;
    private final Node course;
    private final int size;

    private ContextRules(Node cues, Node course, int size) {
        this.cues = cues;
        this.course = course;
        this.size = size;
    }

    /** Loads the default lexicon from the classpath. */
    public static ContextRules load() {
        try (InputStream in = ContextRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a lexicon: tab-separated {@code category, direction, phrase[, window]}; for TERMINATION the
     * second column lists the categories it ends ({@code ALL} or comma-separated); '#' starts a comment.
     */
    public static ContextRules read(Reader reader) throws IOException {
        Node cues = new Node();
        Node course = new Node();
        int count = 0;
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int lineNo = 0;
        while ((line = lines.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 3) {
                throw new IllegalArgumentException("line " + lineNo + ": expected category, direction, phrase");
            }
            ContextCategory category = ContextCategory.valueOf(f[0].trim());
            List<String> phrase = normalise(f[2]);
            if (phrase.isEmpty()) {
                throw new IllegalArgumentException("line " + lineNo + ": empty phrase");
            }
            TriggerDirection direction = TriggerDirection.NONE;
            long terminates = 0;
            if (category == ContextCategory.TERMINATION) {
                terminates = categoryBits(f[1].trim(), lineNo);
            } else if (!f[1].trim().equals("-")) {
                direction = TriggerDirection.valueOf(f[1].trim());
            }
            int window = f.length > 3 && !f[3].isBlank() ? Integer.parseInt(f[3].trim()) : 6;
            ContextTrigger trigger = new ContextTrigger(category, direction, phrase, window, terminates);
            boolean isCourse = category == ContextCategory.CHRONIC || category == ContextCategory.EPISODIC;
            (isCourse ? course : cues).add(phrase, 0, trigger);
            count++;
        }
        return new ContextRules(cues, course, count);
    }

    private static long categoryBits(String spec, int lineNo) {
        if (spec.equals("ALL")) {
            long all = 0;
            for (ContextCategory c : EnumSet.of(ContextCategory.NEGATION, ContextCategory.UNCERTAIN,
                    ContextCategory.HYPOTHETICAL, ContextCategory.PLANNED, ContextCategory.CONDITIONED,
                    ContextCategory.HISTORICAL,
                    ContextCategory.RESOLVED, ContextCategory.FAMILY, ContextCategory.OTHER)) {
                all |= c.bit();
            }
            return all;
        }
        long bits = 0;
        for (String name : spec.split(",")) {
            try {
                bits |= ContextCategory.valueOf(name.trim()).bit();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + lineNo + ": unknown category " + name, e);
            }
        }
        return bits;
    }

    /** Phrase → tokens, keeping token classes such as {@code <year>} whole. */
    private static List<String> normalise(String phrase) {
        List<String> out = new ArrayList<>();
        for (String part : phrase.trim().split("\\s+")) {
            String p = part.toLowerCase(Locale.ROOT);
            if (p.equals(YEAR) || p.equals(NUMBER) || p.equals(POST_OP_DAY) || p.equals(DURATION)) {
                out.add(p);
            } else if (!p.isEmpty()) {
                out.addAll(ClauseTokens.phrase(p));
            }
        }
        return out;
    }

    /** Number of lexicon entries. */
    public int size() {
        return size;
    }

    /** The longest cue starting at token {@code i}, or null. */
    Match cueAt(ClauseTokens tokens, int i) {
        return longest(cues, tokens, i);
    }

    /** The longest chronic/episodic course word starting at token {@code i}, or null. */
    Match courseAt(ClauseTokens tokens, int i) {
        return longest(course, tokens, i);
    }

    private static Match longest(Node root, ClauseTokens tokens, int i) {
        Match[] best = new Match[1];
        walk(root, tokens, i, i, best);
        return best[0];
    }

    private static void walk(Node node, ClauseTokens tokens, int start, int i, Match[] best) {
        if (!node.triggers.isEmpty() && i > start && (best[0] == null || i > best[0].end())) {
            best[0] = new Match(start, i, node.triggers);
        }
        if (i >= tokens.size()) {
            return;
        }
        String t = tokens.text(i);
        Node exact = node.next.get(t);
        if (exact != null) {
            walk(exact, tokens, start, i + 1, best);
        }
        if (node.year != null && isYear(t)) {
            walk(node.year, tokens, start, i + 1, best);
        }
        if (node.number != null && isNumber(t)) {
            walk(node.number, tokens, start, i + 1, best);
        }
        if (node.postOpDay != null && isPostOpDay(t)) {
            walk(node.postOpDay, tokens, start, i + 1, best);
        }
        if (node.duration != null && isDuration(t)) {
            walk(node.duration, tokens, start, i + 1, best);
        }
    }

    private static boolean isNumber(String t) {
        if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!Character.isDigit(c) && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isYear(String t) {
        if (t.length() != 4) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(t.charAt(k))) {
                return false;
            }
        }
        return t.startsWith("19") || t.startsWith("20");
    }

    /** "two-day", "3-week", "several-month": the length of the current illness, not a past episode. */
    private static boolean isDuration(String t) {
        int dash = t.lastIndexOf('-');
        if (dash <= 0) {
            return false;
        }
        String unit = t.substring(dash + 1);
        return unit.startsWith("hour") || unit.startsWith("day") || unit.startsWith("week")
                || unit.startsWith("month") || unit.startsWith("year");
    }

    private static boolean isPostOpDay(String t) {
        if (!t.startsWith("pod")) {
            return false;
        }
        for (int k = 3; k < t.length(); k++) {
            if (!Character.isDigit(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A lexicon hit over tokens [start, end). */
    record Match(int start, int end, List<ContextTrigger> triggers) {
    }

    private static final class Node {
        private final Map<String, Node> next = new HashMap<>();
        private Node year;
        private Node number;
        private Node postOpDay;
        private Node duration;
        private List<ContextTrigger> triggers = List.of();

        void add(List<String> phrase, int k, ContextTrigger trigger) {
            if (k == phrase.size()) {
                List<ContextTrigger> grown = new ArrayList<>(triggers);
                grown.add(trigger);
                triggers = Collections.unmodifiableList(grown);
                return;
            }
            String t = phrase.get(k);
            Node child;
            switch (t) {
                case YEAR -> child = year == null ? (year = new Node()) : year;
                case NUMBER -> child = number == null ? (number = new Node()) : number;
                case POST_OP_DAY -> child = postOpDay == null ? (postOpDay = new Node()) : postOpDay;
                case DURATION -> child = duration == null ? (duration = new Node()) : duration;
                default -> child = next.computeIfAbsent(t, x -> new Node());
            }
            child.add(phrase, k + 1, trigger);
        }
    }

    /** Categories that end the forward scope of a different category when they start a new cue. */
    static final Set<ContextCategory> SCOPE_BREAKERS = Collections.unmodifiableSet(EnumSet.of(
            ContextCategory.NEGATION, ContextCategory.UNCERTAIN, ContextCategory.HYPOTHETICAL,
            ContextCategory.PLANNED));
}

package io.clinscribe.nlp.section;

import io.clinscribe.record.Section;
import io.clinscribe.record.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the sections of a note from its headings. A heading is a lexicon entry standing at a heading
 * boundary and followed by ':' (or, at a line start, filling the whole line):
 * <ul>
 *   <li>a line start (leading blanks allowed): any case, colon or whole line;</li>
 *   <li>right after a comma ({@code ".,MEDICATIONS:"}, MTSamples turns line breaks into commas): colon, or
 *       upper case and a comma ({@code ".,CURRENT MEDICATIONS,1. ..."});</li>
 *   <li>after a comma and blanks: colon and upper case only, so prose ("pain, plan: ...") is not cut;</li>
 *   <li>after a sentence end on the same line ("PMH: none. Meds: none."): colon and capitalised.</li>
 * </ul>
 * SOAP letters (S:, O:, A:, P:) count only at a line start and not before a bare number ("P: 88" is a
 * pulse). A section runs from its heading to the next heading, the last one to the document end.
 * Stateless and thread-safe; the lexicon is shared.
 */
public final class SectionFinder {
    private enum Boundary { NONE, LINE_START, AFTER_COMMA, AFTER_COMMA_SPACE, AFTER_SENTENCE }

    private final SectionLexicon lexicon;

    public SectionFinder(SectionLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The sections of {@code documentText} in document order, adjacent and non-overlapping. */
    public List<Section> find(CharSequence documentText) {
        List<int[]> starts = new ArrayList<>(); // {headingBegin, headingEnd}
        List<String> names = new ArrayList<>();
        int n = documentText.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isLetter(documentText.charAt(i))) {
                continue;
            }
            Boundary boundary = boundaryBefore(documentText, i);
            if (boundary == Boundary.NONE) {
                continue;
            }
            int end = headingEnd(documentText, i, boundary);
            if (end > i) {
                Optional<String> name = lexicon.canonicalName(documentText.subSequence(i, end));
                if (name.isPresent()) {
                    starts.add(new int[] {i, end});
                    names.add(name.get());
                    i = end;
                    continue;
                }
            }
            // Skip to the end of this word: a heading never starts mid-word.
            while (i + 1 < n && Character.isLetterOrDigit(documentText.charAt(i + 1))) {
                i++;
            }
        }
        List<Section> sections = new ArrayList<>(starts.size());
        for (int s = 0; s < starts.size(); s++) {
            int begin = starts.get(s)[0];
            int end = s + 1 < starts.size() ? starts.get(s + 1)[0] : n;
            String heading = documentText.subSequence(begin, starts.get(s)[1]).toString();
            sections.add(new Section(names.get(s), heading, new Span(begin, end)));
        }
        return List.copyOf(sections);
    }

    /** The section containing {@code offset}, if any. */
    public static Optional<Section> enclosing(List<Section> sections, int offset) {
        for (Section section : sections) {
            if (section.span().begin() <= offset && offset < section.span().end()) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    private static Boundary boundaryBefore(CharSequence text, int i) {
        int j = i - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        if (j < 0 || text.charAt(j) == '\n' || text.charAt(j) == '\r') {
            return Boundary.LINE_START;
        }
        char c = text.charAt(j);
        if (c == ',') {
            return j == i - 1 ? Boundary.AFTER_COMMA : Boundary.AFTER_COMMA_SPACE;
        }
        if (c == '.' && j < i - 1 && j > 0 && Character.isLetterOrDigit(text.charAt(j - 1))) {
            return Boundary.AFTER_SENTENCE; // "PMH: none. Meds: none."
        }
        return Boundary.NONE;
    }

    /**
     * The end of a heading candidate starting at {@code i} (before its colon or the line end), or -1
     * when the text there cannot be a heading at this boundary.
     */
    private static int headingEnd(CharSequence text, int i, Boundary boundary) {
        int n = text.length();
        int k = i;
        while (k < n && k - i <= SectionLexicon.MAX_HEADING_LENGTH) {
            char c = text.charAt(k);
            if (c == ':' || c == '\n' || c == '\r') {
                break;
            }
            if (c == ',' && (boundary == Boundary.AFTER_COMMA || boundary == Boundary.LINE_START && i == 0)
                    && k > i && !hasLowerCase(text, i, k)) {
                // MTSamples writes a heading line as "...,PREOPERATIVE DIAGNOSES,Airway obstruction".
                return trimmedEnd(text, i, k);
            }
            if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '\t' || c == '/' || c == '&' || c == '-'
                    || c == '\'')) {
                return -1;
            }
            k++;
        }
        boolean colon = k < n && text.charAt(k) == ':';
        boolean lineEnd = k == n || text.charAt(k) == '\n' || text.charAt(k) == '\r';
        if (!colon && !(lineEnd && boundary == Boundary.LINE_START)) {
            return -1;
        }
        int end = trimmedEnd(text, i, k);
        if (end == i) {
            return -1;
        }
        boolean soapLetter = end - i == 1;
        switch (boundary) {
            case LINE_START -> {
                if (soapLetter && !(colon && soapContentFollows(text, k + 1))) {
                    return -1;
                }
            }
            case AFTER_COMMA -> {
                if (soapLetter) {
                    return -1;
                }
            }
            case AFTER_COMMA_SPACE -> {
                if (soapLetter || hasLowerCase(text, i, end)) {
                    return -1;
                }
            }
            case AFTER_SENTENCE -> {
                if (soapLetter || !Character.isUpperCase(text.charAt(i))) {
                    return -1;
                }
            }
            default -> {
                return -1;
            }
        }
        return end;
    }

    private static int trimmedEnd(CharSequence text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** After "P:" a bare number is a vital sign value (pulse), an enumeration "1." is a SOAP section. */
    private static boolean soapContentFollows(CharSequence text, int from) {
        int n = text.length();
        int k = from;
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k >= n || !Character.isDigit(text.charAt(k))) {
            return true;
        }
        while (k < n && Character.isDigit(text.charAt(k))) {
            k++;
        }
        return k + 1 < n && (text.charAt(k) == '.' || text.charAt(k) == ')') && Character.isWhitespace(text.charAt(k + 1));
    }

    private static boolean hasLowerCase(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}

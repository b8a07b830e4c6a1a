package io.clinscribe.nlp.section;

import io.clinscribe.nlp.lexicon.LexiconResource;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The heading lexicon: written heading variants ("HPI", "Current Medications", "A/P") mapped to canonical
 * section names. Immutable; load once and share between threads.
 */
public final class SectionLexicon {
    /** Longest heading (in characters) worth looking up; longer text before a colon is prose. */
    static final int MAX_HEADING_LENGTH = 60;
    private static final String RESOURCE = "headings.txt";

    private final Map<String, String> canonicalByVariant;

    private SectionLexicon(Map<String, String> canonicalByVariant) {
        this.canonicalByVariant = Map.copyOf(canonicalByVariant);
    }

    /** The lexicon shipped with clinscribe. */
    public static SectionLexicon load() {
        return fromLines(LexiconResource.lines(SectionLexicon.class, RESOURCE));
    }

    /** A lexicon from lines of the form {@code canonical: variant | variant}; '#' starts a comment line. */
    public static SectionLexicon fromLines(List<String> lines) {
        Map<String, String> map = new HashMap<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("heading lexicon line without 'name:' " + trimmed);
            }
            String canonical = trimmed.substring(0, colon).strip();
            for (String variant : trimmed.substring(colon + 1).split("\\|")) {
                String key = normalize(variant);
                if (!key.isEmpty()) {
                    String previous = map.putIfAbsent(key, canonical);
                    if (previous != null && !previous.equals(canonical)) {
                        throw new IllegalArgumentException("heading '" + key + "' maps to " + previous
                                + " and " + canonical);
                    }
                }
            }
        }
        return new SectionLexicon(map);
    }

    /** The canonical section name of a written heading, if it is one. */
    public Optional<String> canonicalName(CharSequence heading) {
        String key = normalize(heading);
        String name = canonicalByVariant.get(key);
        if (name == null) {
            int slash = key.indexOf('/');
            if (slash > 0) {
                // "Labs/Imaging", "CC/HPI": the first part names the section.
                name = canonicalByVariant.get(key.substring(0, slash).strip());
            }
        }
        return Optional.ofNullable(name);
    }

    /** Lower case, whitespace runs collapsed to one space, trimmed. */
    static String normalize(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}

package io.clinscribe.nlp.allergy;

import io.clinscribe.nlp.lexicon.LexiconResource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists the allergy finder needs: known allergens, reaction terms, words that are not substances,
 * the first words of remarks in an allergy list, and notes meaning "reaction unknown". Immutable; load
 * once and share between threads.
 */
public final class AllergyLexicon {
    private static final String RESOURCE = "allergy-lexicon.txt";

    private final Set<String> allergens;
    private final Set<String> reactions;
    private final Set<String> notSubstances;
    private final Set<String> commentary;
    private final Set<String> unknownReactions;
    private final Set<String> clauseVerbs;

    private AllergyLexicon(Map<String, Set<String>> groups) {
        this.allergens = group(groups, "allergens");
        this.reactions = group(groups, "reactions");
        this.notSubstances = group(groups, "not-substances");
        this.commentary = group(groups, "commentary");
        this.unknownReactions = group(groups, "unknown-reaction");
        this.clauseVerbs = group(groups, "clause-verbs");
    }

    /** The lexicon shipped with clinscribe. */
    public static AllergyLexicon load() {
        return fromLines(LexiconResource.lines(AllergyLexicon.class, RESOURCE));
    }

    /** A lexicon from lines grouped under {@code [group]} headers; '#' starts a comment line. */
    public static AllergyLexicon fromLines(List<String> lines) {
        Map<String, Set<String>> groups = new HashMap<>();
        Set<String> current = null;
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                current = groups.computeIfAbsent(t.substring(1, t.length() - 1), k -> new HashSet<>());
            } else if (current == null) {
                throw new IllegalArgumentException("allergy lexicon entry before any [group]: " + t);
            } else {
                current.add(key(t));
            }
        }
        return new AllergyLexicon(groups);
    }

    private static Set<String> group(Map<String, Set<String>> groups, String name) {
        return Set.copyOf(groups.getOrDefault(name, Set.of()));
    }

    static String key(CharSequence s) {
        return s.toString().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public boolean isAllergen(CharSequence substance) {
        return allergens.contains(key(substance));
    }

    /** True when any word (or the whole phrase) of {@code substance} is a known allergen. */
    public boolean mentionsAllergen(CharSequence substance) {
        String k = key(substance);
        if (allergens.contains(k)) {
            return true;
        }
        for (String word : k.split("[\\s/]+")) {
            if (allergens.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A reaction term, also with a severity word before it or as a plural ("severe rash", "rashes"). */
    public boolean isReaction(CharSequence term) {
        String k = key(term).replaceFirst("^(?:severe|mild|moderate|significant|bad|minor|major|possible)\\s+", "");
        return reactions.contains(k) || k.endsWith("s") && reactions.contains(k.substring(0, k.length() - 1))
                || k.endsWith("es") && reactions.contains(k.substring(0, k.length() - 2));
    }

    public boolean isNotSubstance(CharSequence word) {
        return notSubstances.contains(key(word));
    }

    public boolean isCommentaryLead(CharSequence word) {
        return commentary.contains(key(word));
    }

    /** True when {@code phrase} contains a verb that makes it a sentence ("she has seasonal allergies"). */
    public boolean hasClauseVerb(CharSequence phrase) {
        for (String word : key(phrase).split("[\\s,]+")) {
            if (clauseVerbs.contains(word)) {
                return true;
            }
        }
        return false;
    }

    public boolean isUnknownReaction(CharSequence note) {
        return unknownReactions.contains(key(note));
    }
}

package io.clinscribe.nlp.lexical;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The singular of a regular English plural ("wheezes" -> "wheeze", "biopsies" -> "biopsy"), so that the
 * dictionary lookup finds inflected mentions. cTAKES does this with LVG, which Maven Central does not
 * serve; clinical plurals are regular enough for a few suffix rules and a short list of exceptions.
 */
public final class PluralNormalizer {

    // words ending in s that are not plurals, or whose singular the rules would get wrong
    private static final Set<String> NOT_PLURAL = Set.of("diabetes", "herpes", "rabies", "scabies", "series",
            "species", "mumps", "measles", "lupus", "pancreas", "uterus", "virus", "fetus", "abscess", "sinus",
            "stenosis", "thrombosis", "sepsis", "psoriasis", "cirrhosis", "osteoporosis", "dialysis", "diagnosis",
            "prognosis", "tuberculosis", "bronchitis", "arthritis", "gastritis", "colitis", "hepatitis", "meningitis",
            "pneumonitis", "sinusitis", "dermatitis", "cellulitis", "appendicitis", "pancreatitis", "diverticulitis",
            "status", "bus", "gas", "plus", "thus", "always", "was", "has", "is", "this", "its", "yes", "bps",
            "ascites", "feces", "menses", "pubis", "pelvis", "iris", "axis", "syphilis", "analysis", "paralysis",
            "nausea", "less", "loss", "mass", "stress", "distress", "weakness", "numbness", "dizziness", "illness",
            "tenderness", "shortness", "hoarseness", "drowsiness", "stiffness", "redness", "fullness", "sluggishness",
            "process", "access", "success", "excess", "progress", "albuterol");

    private PluralNormalizer() {
    }

    /** The singular, or empty when {@code word} is not a regular plural. */
    public static Optional<String> singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 4 || !w.endsWith("s") || NOT_PLURAL.contains(w) || !isLetters(w)
                || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("ous")) {
            return Optional.empty();
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return Optional.of(w.substring(0, w.length() - 3) + "y");
        }
        boolean achesLikeHeadaches = w.endsWith("aches");
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("shes") || w.endsWith("ches") && !achesLikeHeadaches) {
            return Optional.of(w.substring(0, w.length() - 2));
        }
        return Optional.of(w.substring(0, w.length() - 1));
    }

    private static boolean isLetters(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

package io.clinscribe.speech.languagemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ModelMixtureTest {

    private static List<List<String>> sentences(String... lines) {
        return Arrays.stream(lines).map(l -> Arrays.asList(l.split(" "))).toList();
    }

    private final NgramLanguageModel clinical = new WittenBellEstimator(3).estimate(
            sentences("chest pain period", "chest x ray period", "denies chest pain period"), Set.of());
    private final NgramLanguageModel general = new WittenBellEstimator(2).estimate(
            sentences("she lives alone", "she lives with her husband", "the pain is better"), Set.of());

    @Test
    void theMixtureIsADistributionInEveryContextAndInterpolatesExplicitNgrams() {
        Set<String> vocabulary = new TreeSet<>(clinical.vocabulary());
        vocabulary.addAll(general.vocabulary());
        NgramLanguageModel mixed = new ModelMixture(0.7).mix(clinical, general, vocabulary);
        for (List<String> context : List.of(List.<String>of(), List.of("chest"), List.of("denies", "chest"),
                List.of("she"), List.of(NgramLanguageModel.BOS), List.of("she", "lives"), List.of("pain", "is"))) {
            double sum = 0;
            for (String w : mixed.vocabulary()) {
                if (!w.equals(NgramLanguageModel.BOS)) {
                    sum += Math.pow(10, mixed.logProbability(w, context));
                }
            }
            assertEquals(1.0, sum, 1e-6, "context " + context);
        }
        double expected = 0.7 * Math.pow(10, clinical.logProbability("pain", List.of("chest")))
                + 0.3 * Math.pow(10, general.logProbability("pain", List.of("chest")));
        assertEquals(expected, Math.pow(10, mixed.logProbability("pain", List.of("chest"))), 1e-6);
        // a general-English bigram the clinical text never saw is now likely
        assertTrue(mixed.logProbability("lives", List.of("she")) > -1);
        assertTrue(clinical.logProbability("lives", List.of("she")) == NgramLanguageModel.LOG_ZERO);
    }
}

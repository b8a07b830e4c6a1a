package io.clinscribe.speech.languagemodel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Linear interpolation of two back-off models, written back as one back-off model (as SRILM's
 * {@code -mix-lm} does): the explicit n-grams are those of either model whose words all belong to
 * the vocabulary, each with probability {@code w P1 + (1 - w) P2}; back-off weights are recomputed so
 * that every context still sums to one over the vocabulary. The second model's probabilities are
 * scaled by one over its unigram mass on the vocabulary, since a general model restricted to fewer
 * words loses mass (exact for unigrams, an approximation in longer contexts).
 */
public final class ModelMixture {

    private final double firstWeight;

    public ModelMixture(double firstWeight) {
        if (!(firstWeight >= 0 && firstWeight <= 1)) {
            throw new IllegalArgumentException("weight must be within 0..1");
        }
        this.firstWeight = firstWeight;
    }

    public NgramLanguageModel mix(NgramLanguageModel first, NgramLanguageModel second, Set<String> vocabulary) {
        int order = Math.max(first.order(), second.order());
        double secondMass = 0;
        for (String w : vocabulary) {
            if (!w.equals(NgramLanguageModel.BOS)) {
                double lp = second.logProbability(w, List.of());
                secondMass += lp <= NgramLanguageModel.LOG_ZERO ? 0 : Math.pow(10, lp);
            }
        }
        double secondScale = secondMass > 0 ? 1 / secondMass : 0;

        List<Map<String, Double>> mixed = new ArrayList<>(); // key -> mixed probability
        for (int n = 1; n <= order; n++) {
            Map<String, Double> level = new HashMap<>();
            if (n == 1) {
                for (String w : vocabulary) {
                    if (!w.equals(NgramLanguageModel.BOS)) {
                        level.put(w, probability(first, second, secondScale, List.of(w)));
                    }
                }
            } else {
                for (NgramLanguageModel model : List.of(first, second)) {
                    if (model.order() < n) {
                        continue;
                    }
                    for (String key : model.ngrams(n).keySet()) {
                        List<String> words = Arrays.asList(key.split(" "));
                        if (level.containsKey(key) || !vocabulary.containsAll(words)) {
                            continue;
                        }
                        level.put(key, probability(first, second, secondScale, words));
                    }
                }
            }
            mixed.add(level);
        }
        // prefixes of kept n-grams must exist as contexts
        for (int n = order; n >= 2; n--) {
            for (String key : List.copyOf(mixed.get(n - 1).keySet())) {
                String context = key.substring(0, key.lastIndexOf(' '));
                if (!mixed.get(n - 2).containsKey(context) && !context.equals(NgramLanguageModel.BOS)) {
                    mixed.get(n - 2).put(context, probability(first, second, secondScale, Arrays.asList(context.split(" "))));
                }
            }
        }

        List<Map<String, NgramLanguageModel.Entry>> result = new ArrayList<>();
        Map<String, Double> backoffs = new HashMap<>();
        for (int n = 1; n <= order; n++) {
            result.add(new HashMap<>());
        }
        // contexts of order n-1 get their weights from the order-n successors; lower orders first
        Map<String, List<String>> successors = new HashMap<>();
        for (int n = 2; n <= order; n++) {
            for (String key : mixed.get(n - 1).keySet()) {
                int cut = key.lastIndexOf(' ');
                successors.computeIfAbsent(key.substring(0, cut), k -> new ArrayList<>()).add(key.substring(cut + 1));
            }
        }
        for (int n = 1; n < order; n++) {
            List<String> contexts = new ArrayList<>(mixed.get(n - 1).keySet());
            if (n == 1) {
                contexts.add(NgramLanguageModel.BOS);
            }
            for (String context : contexts) {
                List<String> next = successors.get(context);
                if (next == null) {
                    continue;
                }
                String shorter = context.indexOf(' ') < 0 ? "" : context.substring(context.indexOf(' ') + 1);
                double explicit = 0;
                double lower = 0;
                for (String w : next) {
                    explicit += mixed.get(n).get(context + " " + w);
                    lower += mixedLower(mixed, backoffs, shorter, w);
                }
                double weight = (1 - explicit) / (1 - lower);
                if (!(weight > 0) || Double.isInfinite(weight) || explicit >= 1 || lower >= 1) {
                    weight = 1e-6; // the explicit n-grams already hold (about) all the mass
                }
                backoffs.put(context, weight);
            }
        }
        for (int n = 1; n <= order; n++) {
            Map<String, NgramLanguageModel.Entry> level = result.get(n - 1);
            for (Map.Entry<String, Double> e : mixed.get(n - 1).entrySet()) {
                double bo = n < order ? Math.log10(backoffs.getOrDefault(e.getKey(), 1.0)) : 0;
                level.put(e.getKey(), new NgramLanguageModel.Entry(Math.log10(e.getValue()), bo));
            }
        }
        result.get(0).put(NgramLanguageModel.BOS, new NgramLanguageModel.Entry(NgramLanguageModel.LOG_ZERO,
                Math.log10(backoffs.getOrDefault(NgramLanguageModel.BOS, 1.0))));
        return new NgramLanguageModel(result);
    }

    /** The mixed model's probability of w after context (shorter than the highest order), backing off. */
    private static double mixedLower(List<Map<String, Double>> mixed, Map<String, Double> backoffs, String context, String w) {
        if (context.isEmpty()) {
            return mixed.get(0).get(w);
        }
        int n = context.split(" ").length + 1;
        Double explicit = mixed.get(n - 1).get(context + " " + w);
        if (explicit != null) {
            return explicit;
        }
        String shorter = context.indexOf(' ') < 0 ? "" : context.substring(context.indexOf(' ') + 1);
        return backoffs.getOrDefault(context, 1.0) * mixedLower(mixed, backoffs, shorter, w);
    }

    private double probability(NgramLanguageModel first, NgramLanguageModel second, double secondScale, List<String> ngram) {
        List<String> context = ngram.subList(0, ngram.size() - 1);
        String w = ngram.get(ngram.size() - 1);
        double p1 = Math.pow(10, first.logProbability(w, context));
        double lp2 = second.logProbability(w, context);
        double p2 = lp2 <= NgramLanguageModel.LOG_ZERO ? 0 : Math.pow(10, lp2) * secondScale;
        return firstWeight * p1 + (1 - firstWeight) * p2;
    }
}

package io.clinscribe.speech.languagemodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Estimates a back-off n-gram model from sentences with interpolated Witten-Bell smoothing:
 * P(w|h) = (c(h w) + T(h) P(w|h')) / (c(h) + T(h)), where T(h) is the number of distinct words seen
 * after h and h' is h without its first word. Unigrams are interpolated with the uniform distribution
 * over the vocabulary, so words that were given but never seen keep some probability. Written as a
 * back-off model, the weight of a context is T(h) / (c(h) + T(h)), which makes every conditional
 * distribution sum to one. Witten-Bell suits a small generated corpus better than Kneser-Ney, whose
 * discounts need count-of-count statistics that template text distorts.
 */
public final class WittenBellEstimator {

    private final int order;

    public WittenBellEstimator(int order) {
        if (order < 1) {
            throw new IllegalArgumentException("order must be at least 1");
        }
        this.order = order;
    }

    /**
     * @param sentences  tokenised sentences, without sentence marks (they are added)
     * @param vocabulary extra words to give probability to although the sentences may lack them
     */
    public NgramLanguageModel estimate(Iterable<List<String>> sentences, Collection<String> vocabulary) {
        List<Map<String, Long>> counts = new ArrayList<>();
        for (int n = 0; n < order; n++) {
            counts.add(new HashMap<>());
        }
        for (List<String> sentence : sentences) {
            List<String> padded = new ArrayList<>(sentence.size() + 2);
            padded.add(NgramLanguageModel.BOS);
            padded.addAll(sentence);
            padded.add(NgramLanguageModel.EOS);
            for (int end = 1; end <= padded.size(); end++) {
                for (int n = 1; n <= order && end - n >= 0; n++) {
                    String key = String.join(" ", padded.subList(end - n, end));
                    counts.get(n - 1).merge(key, 1L, Long::sum);
                }
            }
        }
        Set<String> vocab = new TreeSet<>(vocabulary);
        vocab.addAll(counts.get(0).keySet());
        vocab.add(NgramLanguageModel.EOS);
        vocab.remove(NgramLanguageModel.BOS);

        // history totals c(h) and distinct-successor counts T(h), for histories of length 0..order-1
        Map<String, long[]> history = new HashMap<>();
        for (int n = 1; n <= order; n++) {
            for (Map.Entry<String, Long> e : counts.get(n - 1).entrySet()) {
                String key = e.getKey();
                if (key.endsWith(" " + NgramLanguageModel.BOS) || key.equals(NgramLanguageModel.BOS)) {
                    continue; // <s> is never predicted
                }
                int cut = key.lastIndexOf(' ');
                String h = cut < 0 ? "" : key.substring(0, cut);
                long[] totals = history.computeIfAbsent(h, k -> new long[2]);
                totals[0] += e.getValue();
                totals[1]++;
            }
        }

        List<Map<String, NgramLanguageModel.Entry>> result = new ArrayList<>();
        Map<String, Double> probabilities = new HashMap<>(); // key -> P (not log), all orders
        Map<String, NgramLanguageModel.Entry> unigrams = new HashMap<>();
        long[] root = history.get("");
        double uniform = 1.0 / vocab.size();
        for (String w : vocab) {
            long c = counts.get(0).getOrDefault(w, 0L);
            double p = (c + root[1] * uniform) / (root[0] + root[1]);
            probabilities.put(w, p);
        }
        result.add(unigrams);
        for (int n = 2; n <= order; n++) {
            Map<String, NgramLanguageModel.Entry> level = new HashMap<>();
            for (Map.Entry<String, Long> e : counts.get(n - 1).entrySet()) {
                String key = e.getKey();
                int cut = key.lastIndexOf(' ');
                String w = key.substring(cut + 1);
                if (w.equals(NgramLanguageModel.BOS)) {
                    continue;
                }
                long[] totals = history.get(key.substring(0, cut));
                String lowerKey = key.substring(key.indexOf(' ') + 1);
                double lower = probabilities.get(lowerKey);
                double p = (e.getValue() + totals[1] * lower) / (totals[0] + totals[1]);
                probabilities.put(key, p);
                level.put(key, new NgramLanguageModel.Entry(Math.log10(p), 0));
            }
            result.add(level);
        }
        // back-off weights on every n-gram that is a history; <s> is a unigram context only
        for (int n = 1; n < order; n++) {
            Map<String, NgramLanguageModel.Entry> level = result.get(n - 1);
            Map<String, NgramLanguageModel.Entry> target = new HashMap<>();
            Iterable<String> keys = n == 1 ? withBos(vocab) : level.keySet();
            for (String key : keys) {
                long[] totals = history.get(key);
                double logBackoff = totals == null ? 0 : Math.log10((double) totals[1] / (totals[0] + totals[1]));
                double logProb = key.equals(NgramLanguageModel.BOS)
                        ? NgramLanguageModel.LOG_ZERO : Math.log10(probabilities.get(key));
                target.put(key, new NgramLanguageModel.Entry(logProb, logBackoff));
            }
            result.set(n - 1, target);
        }
        if (order == 1) {
            for (String w : vocab) {
                unigrams.put(w, new NgramLanguageModel.Entry(Math.log10(probabilities.get(w)), 0));
            }
        }
        return new NgramLanguageModel(result);
    }

    private static List<String> withBos(Set<String> vocab) {
        List<String> all = new ArrayList<>(vocab);
        all.add(NgramLanguageModel.BOS);
        return all;
    }
}

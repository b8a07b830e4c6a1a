package io.clinscribe.speech.languagemodel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A back-off n-gram language model as the ARPA format stores it: for each explicit n-gram a log10
 * probability and (below the highest order) a log10 back-off weight. Immutable once built.
 *
 * <p>N-grams are keyed by their words joined with single spaces. The sentence marks are {@link #BOS}
 * and {@link #EOS}; {@code <s>} is a context only, never predicted.
 */
public final class NgramLanguageModel {

    public static final String BOS = "<s>";
    public static final String EOS = "</s>";
    /** The log10 probability ARPA files give {@code <s>}, which is never predicted. */
    static final double LOG_ZERO = -99.0;

    /** One explicit n-gram: log10 probability and log10 back-off weight (0 at the highest order). */
    record Entry(double logProb, double logBackoff) { }

    private final int order;
    private final List<Map<String, Entry>> ngramsByOrder;
    private final Map<String, List<String>> successors;

    /**
     * @param ngramsByOrder index 0 holds the unigrams, index n-1 the n-grams; the maps are copied
     */
    NgramLanguageModel(List<Map<String, Entry>> ngramsByOrder) {
        if (ngramsByOrder.isEmpty() || ngramsByOrder.get(0).isEmpty()) {
            throw new IllegalArgumentException("a language model needs unigrams");
        }
        this.order = ngramsByOrder.size();
        List<Map<String, Entry>> copy = new ArrayList<>();
        Map<String, List<String>> next = new HashMap<>();
        for (int n = 0; n < order; n++) {
            // sorted so that the ARPA output is byte-for-byte reproducible
            Map<String, Entry> sorted = new TreeMap<>(ngramsByOrder.get(n));
            for (String key : sorted.keySet()) {
                int cut = key.lastIndexOf(' ');
                if (n > 0) {
                    String context = key.substring(0, cut);
                    if (!ngramsByOrder.get(n - 1).containsKey(context)) {
                        throw new IllegalArgumentException("n-gram without its context: " + key);
                    }
                    next.computeIfAbsent(context, k -> new ArrayList<>()).add(key.substring(cut + 1));
                }
            }
            copy.add(Collections.unmodifiableMap(sorted));
        }
        next.replaceAll((k, v) -> List.copyOf(v));
        this.ngramsByOrder = List.copyOf(copy);
        this.successors = next;
    }

    public int order() {
        return order;
    }

    /** The vocabulary: every unigram, including the sentence marks. */
    public Set<String> vocabulary() {
        return ngramsByOrder.get(0).keySet();
    }

    /** How many explicit n-grams of order n (1-based) the model holds. */
    public int size(int n) {
        return ngramsByOrder.get(n - 1).size();
    }

    Map<String, Entry> ngrams(int n) {
        return ngramsByOrder.get(n - 1);
    }

    /** The words that follow {@code context} (space-joined words) in an explicit n-gram. */
    List<String> successors(String context) {
        return successors.getOrDefault(context, List.of());
    }

    /**
     * log10 P(word | context), backing off as ARPA defines it. Only the last order-1 context words
     * count. A word outside the vocabulary gets {@link #LOG_ZERO}.
     */
    public double logProbability(String word, List<String> context) {
        int from = Math.max(0, context.size() - (order - 1));
        return logProbability(word, context.subList(from, context.size()), 0);
    }

    private double logProbability(String word, List<String> context, double backoff) {
        if (context.isEmpty()) {
            Entry unigram = ngramsByOrder.get(0).get(word);
            return unigram == null ? LOG_ZERO : backoff + unigram.logProb();
        }
        String contextKey = String.join(" ", context);
        Entry explicit = ngramsByOrder.get(context.size()).get(contextKey + " " + word);
        if (explicit != null) {
            return backoff + explicit.logProb();
        }
        Entry contextEntry = ngramsByOrder.get(context.size() - 1).get(contextKey);
        double weight = contextEntry == null ? 0 : contextEntry.logBackoff();
        return logProbability(word, context.subList(1, context.size()), backoff + weight);
    }

    /** Writes the model in the ARPA text format. */
    public void writeArpa(Writer out) throws IOException {
        out.write("\\data\\\n");
        for (int n = 1; n <= order; n++) {
            out.write("ngram " + n + "=" + size(n) + "\n");
        }
        for (int n = 1; n <= order; n++) {
            out.write("\n\\" + n + "-grams:\n");
            for (Map.Entry<String, Entry> e : ngrams(n).entrySet()) {
                String words = e.getKey().replace(' ', '\t');
                StringBuilder line = new StringBuilder(format(e.getValue().logProb())).append('\t').append(words);
                if (n < order) {
                    line.append('\t').append(format(e.getValue().logBackoff()));
                }
                out.write(line.append('\n').toString());
            }
        }
        out.write("\n\\end\\\n");
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    /** Reads an ARPA file (text between {@code \data\} and {@code \end\}). */
    public static NgramLanguageModel readArpa(BufferedReader in) throws IOException {
        List<Map<String, Entry>> orders = new ArrayList<>();
        Map<String, Entry> current = null;
        int currentOrder = 0;
        String line;
        while ((line = in.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("ngram ") || line.equals("\\data\\")) {
                continue;
            }
            if (line.equals("\\end\\")) {
                break;
            }
            if (line.startsWith("\\") && line.endsWith("-grams:")) {
                currentOrder = Integer.parseInt(line.substring(1, line.indexOf('-')));
                while (orders.size() < currentOrder) {
                    orders.add(new LinkedHashMap<>());
                }
                current = orders.get(currentOrder - 1);
                continue;
            }
            if (current == null) {
                continue; // header text before \data\
            }
            String[] fields = line.split("\\s+");
            if (fields.length != currentOrder + 1 && fields.length != currentOrder + 2) {
                throw new IOException("bad " + currentOrder + "-gram line: " + line);
            }
            double logProb = Double.parseDouble(fields[0]);
            double logBackoff = fields.length == currentOrder + 2 ? Double.parseDouble(fields[currentOrder + 1]) : 0;
            String key = String.join(" ", java.util.Arrays.asList(fields).subList(1, currentOrder + 1));
            current.put(key, new Entry(logProb, logBackoff));
        }
        return new NgramLanguageModel(orders);
    }
}

package io.clinscribe.speech.languagemodel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Pronunciations in the CMU dictionary format PocketSphinx reads ({@code word PH PH ...}, variants as
 * {@code word(2)}), using the en-us phone set without stress marks. Immutable.
 */
public final class PronunciationDictionary {

    private final Map<String, List<String>> pronunciations;

    PronunciationDictionary(Map<String, List<String>> pronunciations) {
        Map<String, List<String>> copy = new HashMap<>();
        pronunciations.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.pronunciations = Map.copyOf(copy);
    }

    /** Reads a dictionary such as {@code cmudict-en-us.dict}; "#" starts a comment. */
    public static PronunciationDictionary read(BufferedReader in) throws IOException {
        Map<String, List<String>> result = new HashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            int comment = line.indexOf('#');
            if (comment >= 0) {
                line = line.substring(0, comment);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\\s+", 2);
            if (fields.length < 2) {
                continue;
            }
            String word = fields[0];
            int variant = word.indexOf('(');
            if (variant > 0 && word.endsWith(")")) {
                word = word.substring(0, variant);
            }
            result.computeIfAbsent(word, k -> new ArrayList<>()).add(fields[1].strip().replaceAll("\\s+", " "));
        }
        return new PronunciationDictionary(result);
    }

    public boolean contains(String word) {
        return pronunciations.containsKey(word);
    }

    public List<String> pronunciations(String word) {
        return pronunciations.getOrDefault(word, List.of());
    }

    public int size() {
        return pronunciations.size();
    }

    /**
     * The dictionary for exactly {@code words}: this dictionary's pronunciations where it has the
     * word, otherwise the one {@code letterToSound} derives. Words neither can pronounce are left out
     * and returned in {@code unpronounceable}.
     */
    public PronunciationDictionary restrictedTo(Collection<String> words, LetterToSound letterToSound,
                                                Collection<String> unpronounceable) {
        Map<String, List<String>> result = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String word : words) {
            if (word.startsWith("<")) {
                continue; // sentence marks are the decoder's own
            }
            List<String> known = pronunciations.get(word);
            if (known != null) {
                result.put(word, known);
            } else {
                unknown.add(word);
            }
        }
        // letter-to-sound may run a process per word: in parallel, into a concurrent map
        Map<String, Optional<String>> derived = new java.util.concurrent.ConcurrentHashMap<>();
        unknown.parallelStream().forEach(w -> derived.put(w, letterToSound.pronounce(w)));
        for (String word : unknown) {
            Optional<String> phones = derived.get(word);
            if (phones.isPresent()) {
                result.put(word, List.of(phones.get()));
            } else {
                unpronounceable.add(word);
            }
        }
        return new PronunciationDictionary(result);
    }

    /** Writes the dictionary sorted by word, variants numbered from (2) as CMUdict does. */
    public void write(Writer out) throws IOException {
        for (String word : new TreeSet<>(pronunciations.keySet())) {
            List<String> variants = pronunciations.get(word);
            for (int i = 0; i < variants.size(); i++) {
                out.write((i == 0 ? word : word + "(" + (i + 1) + ")") + " " + variants.get(i) + "\n");
            }
        }
    }
}

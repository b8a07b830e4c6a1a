package io.clinscribe.handwriting.correction;

import io.clinscribe.models.ModelCatalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One-word drug names the terminology knows: the sno_rx_16ab terms of concepts that carry an RxNorm code,
 * plus clinscribe's supplementary drug lexicon (newer drugs, insulins). Drug names are what OCR of a
 * handwritten note gets wrong most harmfully and what a terminology can put right with most certainty.
 */
public final class DrugVocabulary {

    private final Set<String> words;
    private final Set<String> knownWords;

    private DrugVocabulary(Set<String> words, Set<String> knownWords) {
        this.words = Set.copyOf(words);
        this.knownWords = Set.copyOf(knownWords);
    }

    public static DrugVocabulary load() {
        ClassLoader loader = DrugVocabulary.class.getClassLoader();
        Set<Long> drugConcepts = new HashSet<>();
        forEachRow(loader, ModelCatalog.SNO_RX_CONCEPTS, row -> {
            if (row.length > 4 && !row[4].isBlank()) {
                drugConcepts.add(Long.parseLong(row[0]));
            }
        });
        Set<String> words = new HashSet<>();
        Set<String> known = new HashSet<>();
        forEachRow(loader, ModelCatalog.SNO_RX_TERMS, row -> {
            if (row.length > 3 && row[2].equals("1")) {
                add(drugConcepts.contains(Long.parseLong(row[0])) ? words : known, row[3]);
            }
        });
        try (InputStream in = loader.getResourceAsStream("io/clinscribe/terminology/drug-supplement.tsv")) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.startsWith("#") && !line.isBlank()) {
                        add(words, line.split("\t")[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        known.removeAll(words);
        return new DrugVocabulary(words, known);
    }

    private static void add(Set<String> words, String term) {
        String word = term.strip().toLowerCase(Locale.ROOT);
        if (word.length() >= 5 && word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            words.add(word);
        }
    }

    private interface Row {
        void accept(String[] fields);
    }

    private static void forEachRow(ClassLoader loader, String resource, Row row) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("terminology resource " + resource + " is missing; rebuild clinscribe");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#")) {
                    row.accept(line.split("\\|", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String word) {
        return words.contains(word);
    }

    /** A one-word term of the terminology that is not a drug ("diabetes", "fasting"): never corrected. */
    public boolean isOtherTerm(String word) {
        return knownWords.contains(word);
    }

    public int size() {
        return words.size();
    }

    List<String> words() {
        return new ArrayList<>(words);
    }
}

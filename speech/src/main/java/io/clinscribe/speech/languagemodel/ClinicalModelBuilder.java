package io.clinscribe.speech.languagemodel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the clinical dictation language model and its pronunciation dictionary: generates the
 * spoken-form corpus, estimates a Witten-Bell trigram model on it, optionally interpolates it with a
 * slice of the general English model (so everyday words stay recognisable), and writes
 * {@code clinical-dictation.lm.gz} (ARPA) and {@code clinical-dictation.dict} with pronunciations for
 * exactly the model's vocabulary. Run by {@code scripts/build-clinical-language-model.sh}; the output is
 * committed as resources of this package.
 *
 * <p>Arguments: output directory, CMU dictionary, [general ARPA slice, weight of the clinical model];
 * or {@code --vocabulary FILE} to list the generated corpus's words.
 */
public final class ClinicalModelBuilder {

    /** How many generated lines: enough for every shape and entry, few enough to stay small. */
    static final int CORPUS_LINES = 40_000;
    static final long SEED = 20_241_125L;

    private ClinicalModelBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--vocabulary")) {
            // the words of the generated corpus, for the general-model slice to keep
            Set<String> words = new TreeSet<>();
            new DictationCorpusGenerator(DictationLexicon.load()).lines(CORPUS_LINES, SEED).forEach(words::addAll);
            Files.write(Path.of(args[1]), words, StandardCharsets.UTF_8);
            return;
        }
        if (args.length != 2 && args.length != 4) {
            System.err.println("usage: ClinicalModelBuilder OUTPUT_DIR CMUDICT [GENERAL_ARPA CLINICAL_WEIGHT]");
            System.exit(2);
        }
        Path outDir = Path.of(args[0]);
        PronunciationDictionary cmudict;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            cmudict = PronunciationDictionary.read(in);
        }
        NgramLanguageModel general = null;
        double weight = 1;
        if (args.length == 4) {
            try (BufferedReader in = Files.newBufferedReader(Path.of(args[2]), StandardCharsets.UTF_8)) {
                general = NgramLanguageModel.readArpa(in);
            }
            weight = Double.parseDouble(args[3]);
        }
        build(outDir, cmudict, new FliteLetterToSound("t2p"), general, weight);
    }

    static void build(Path outDir, PronunciationDictionary cmudict, LetterToSound letterToSound,
                      NgramLanguageModel general, double clinicalWeight) throws IOException {
        long start = System.nanoTime();
        List<List<String>> corpus = new DictationCorpusGenerator(DictationLexicon.load()).lines(CORPUS_LINES, SEED);
        Set<String> vocabulary = new TreeSet<>();
        corpus.forEach(vocabulary::addAll);
        if (general != null) {
            for (String w : general.vocabulary()) {
                if (cmudict.contains(w)) {
                    vocabulary.add(w); // general words come only with a known pronunciation
                }
            }
        }
        List<String> unpronounceable = new ArrayList<>();
        PronunciationDictionary dictionary = cmudict.restrictedTo(vocabulary, letterToSound, unpronounceable);
        if (!unpronounceable.isEmpty()) {
            throw new IllegalStateException("no pronunciation for " + unpronounceable);
        }
        NgramLanguageModel model = new WittenBellEstimator(3).estimate(corpus, vocabulary);
        if (general != null) {
            Set<String> all = new TreeSet<>(vocabulary);
            all.add(NgramLanguageModel.BOS);
            all.add(NgramLanguageModel.EOS);
            model = new ModelMixture(clinicalWeight).mix(model, general, all);
        }
        Files.createDirectories(outDir);
        try (OutputStream file = Files.newOutputStream(outDir.resolve(ClinicalLanguageModel.LM_RESOURCE));
             Writer out = new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8)) {
            model.writeArpa(out);
        }
        try (Writer out = Files.newBufferedWriter(outDir.resolve(ClinicalLanguageModel.DICT_RESOURCE), StandardCharsets.UTF_8)) {
            dictionary.write(out);
        }
        System.err.printf("clinical language model: %d lines, %d words, %d/%d/%d n-grams, %d pronunciations "
                        + "(%d derived), %.1f s%n", corpus.size(), vocabulary.size(), model.size(1), model.size(2),
                model.order() > 2 ? model.size(3) : 0, dictionary.size(),
                vocabulary.stream().filter(w -> !w.startsWith("<") && !cmudict.contains(w)).count(),
                (System.nanoTime() - start) / 1e9);
    }
}

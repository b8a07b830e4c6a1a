package io.clinscribe.speech.languagemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClinicalLanguageModelTest {

    @TempDir
    Path cache;

    @Test
    void extractsAModelWhoseVocabularyTheDictionaryCoversExactly() throws IOException {
        ClinicalLanguageModel model = ClinicalLanguageModel.extractTo(cache);
        assertTrue(model.lmPath().startsWith(cache) && Files.size(model.lmPath()) > 0);
        assertEquals(List.of("-lm", model.lmPath().toString(), "-dict", model.dictionaryPath().toString()),
                model.pocketSphinxArguments());
        Set<String> dictWords = new HashSet<>(model.vocabulary());
        NgramLanguageModel lm;
        try (BufferedReader in = Files.newBufferedReader(model.lmPath(), StandardCharsets.UTF_8)) {
            lm = NgramLanguageModel.readArpa(in);
        }
        Set<String> lmWords = new HashSet<>(lm.vocabulary());
        lmWords.remove(NgramLanguageModel.BOS);
        lmWords.remove(NgramLanguageModel.EOS);
        assertEquals(lmWords, dictWords);
        assertEquals(3, lm.order());
        // commands, letter names, units and plain English are all there
        for (String w : List.of("colon", "comma", "period", "b", "i", "d", "milligrams", "metoprolol", "lives", "alone")) {
            assertTrue(dictWords.contains(w), w);
        }
        // a second extraction reuses the same files
        assertEquals(model.lmPath(), ClinicalLanguageModel.extractTo(cache).lmPath());
    }

    @Test
    void pocketSphinxRecognisesADictatedSigWithTheModel() throws Exception {
        assumeTrue(pocketSphinxInstalled(), "pocketsphinx_continuous or its en-us model is not installed; skipping");
        ClinicalLanguageModel model = ClinicalLanguageModel.extractTo(cache);
        Path wav = cache.resolve("metoprolol-sig.wav");
        try (InputStream in = getClass().getResourceAsStream("metoprolol-sig.wav")) {
            Files.copy(in, wav);
        }
        List<String> command = new ArrayList<>(List.of("pocketsphinx_continuous", "-infile", wav.toString(),
                "-logfn", "/dev/null"));
        command.addAll(model.pocketSphinxArguments());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        // flite read "start metoprolol twenty five milligrams p o b i d period"
        assertTrue(text.contains("metoprolol"), text);
        assertTrue(text.contains("milligrams p o b i d"), text);
    }

    private static boolean pocketSphinxInstalled() {
        if (!Files.isDirectory(Path.of("/usr/share/pocketsphinx/model/en-us/en-us"))) {
            return false;
        }
        try {
            Process p = new ProcessBuilder("pocketsphinx_continuous", "-help", "yes")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package io.clinscribe.speech.languagemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WittenBellEstimatorTest {

    private static final List<List<String>> CORPUS = List.of(
            words("take one tablet daily period"),
            words("take two tablets daily period"),
            words("take one tablet twice daily period"),
            words("metformin five hundred milligrams p o b i d period"),
            words("follow up in two weeks period"));

    private static List<String> words(String s) {
        return Arrays.asList(s.split(" "));
    }

    private final NgramLanguageModel model = new WittenBellEstimator(3).estimate(CORPUS, Set.of("lisinopril"));

    private double sumOver(List<String> context) {
        double sum = 0;
        for (String w : model.vocabulary()) {
            if (!w.equals(NgramLanguageModel.BOS)) {
                sum += Math.pow(10, model.logProbability(w, context));
            }
        }
        return sum;
    }

    @Test
    void everyContextIsAProbabilityDistributionOverTheVocabulary() {
        for (List<String> context : List.of(List.<String>of(), List.of("take"), List.of("take", "one"),
                List.of(NgramLanguageModel.BOS), List.of(NgramLanguageModel.BOS, "take"), List.of("one", "tablet"),
                List.of("p", "o"), List.of("unseen", "context"), List.of("daily", "take"))) {
            assertEquals(1.0, sumOver(context), 1e-9, "context " + context);
        }
    }

    @Test
    void seenContinuationsBeatUnseenOnesAndExtraWordsKeepSomeMass() {
        double seen = model.logProbability("tablet", List.of("take", "one"));
        double unseen = model.logProbability("weeks", List.of("take", "one"));
        assertTrue(seen > unseen);
        double extra = model.logProbability("lisinopril", List.of());
        assertTrue(extra > NgramLanguageModel.LOG_ZERO && extra < model.logProbability("take", List.of()));
        assertEquals(NgramLanguageModel.LOG_ZERO, model.logProbability("aspirin", List.of("take")));
    }

    @Test
    void wittenBellFormulaForASeenTrigram() {
        // c(take one) = 2, followed by one type ("tablet") twice: P = (2 + 1 * P(tablet|one)) / (2 + 1)
        double lower = Math.pow(10, model.logProbability("tablet", List.of("one")));
        double expected = (2 + 1 * lower) / (2 + 1);
        assertEquals(expected, Math.pow(10, model.logProbability("tablet", List.of("take", "one"))), 1e-6);
        // back-off weight of "take one" is T/(c+T) = 1/3
        NgramLanguageModel.Entry context = model.ngrams(2).get("take one");
        assertEquals(Math.log10(1.0 / 3), context.logBackoff(), 1e-9);
    }

    @Test
    void arpaOutputIsWellFormedAndReadsBackToTheSameModel() throws IOException {
        StringWriter out = new StringWriter();
        model.writeArpa(out);
        String arpa = out.toString();
        String[] lines = arpa.split("\n");
        assertEquals("\\data\\", lines[0]);
        assertEquals("ngram 1=" + model.size(1), lines[1]);
        assertEquals("ngram 3=" + model.size(3), lines[3]);
        assertTrue(arpa.endsWith("\\end\\\n"));
        Pattern unigram = Pattern.compile("-?\\d+\\.\\d{6}\t\\S+\t-?\\d+\\.\\d{6}");
        Pattern trigram = Pattern.compile("-?\\d+\\.\\d{6}\t\\S+\t\\S+\t\\S+");
        String section = "";
        int checked = 0;
        for (String line : lines) {
            if (line.startsWith("\\")) {
                section = line;
            } else if (!line.isEmpty() && section.equals("\\1-grams:")) {
                assertTrue(unigram.matcher(line).matches(), line);
                checked++;
            } else if (!line.isEmpty() && section.equals("\\3-grams:")) {
                assertTrue(trigram.matcher(line).matches(), line);
                checked++;
            }
        }
        assertEquals(model.size(1) + model.size(3), checked);
        assertTrue(arpa.contains("-99.000000\t<s>\t"), "<s> is a context only");

        NgramLanguageModel read = NgramLanguageModel.readArpa(new BufferedReader(new StringReader(arpa)));
        assertEquals(model.vocabulary(), read.vocabulary());
        for (List<String> context : List.of(List.of("take", "one"), List.of("p", "o"), List.<String>of())) {
            for (String w : List.of("tablet", "b", "period", NgramLanguageModel.EOS)) {
                assertEquals(model.logProbability(w, context), read.logProbability(w, context), 1e-6);
            }
        }
    }

    @Test
    void higherOrderNgramsAlwaysHaveTheirContext() {
        for (String trigram : model.ngrams(3).keySet()) {
            String context = trigram.substring(0, trigram.lastIndexOf(' '));
            assertTrue(model.ngrams(2).containsKey(context), trigram);
        }
    }
}

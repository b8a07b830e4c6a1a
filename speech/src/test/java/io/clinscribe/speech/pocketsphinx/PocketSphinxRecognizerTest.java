package io.clinscribe.speech.pocketsphinx;

import io.clinscribe.speech.audio.AudioDecoder;
import io.clinscribe.speech.audio.PcmAudio;
import io.clinscribe.speech.recognition.Recognition;
import io.clinscribe.speech.recognition.RecognitionException;
import io.clinscribe.speech.recognition.RecognizedWord;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PocketSphinxRecognizerTest {

    @Test
    void timedOutputBecomesWordsWithoutFillersOrVariantMarkers() {
        String output = """
                blood pressure one forty
                <s> 0.000 0.150 0.999100
                blood 0.160 0.950 0.748089
                pressure 0.960 1.740 0.997702
                [NOISE] 1.750 1.800 0.5
                one(2) 1.810 2.100 1.000200
                <sil> 2.110 2.200 1.0
                forty 2.210 2.700 0.004428
                </s> 2.710 2.800 1.000000
                """;
        List<RecognizedWord> words = PocketSphinxRecognizer.parseTimedWords(output);
        assertEquals(List.of("blood", "pressure", "one", "forty"), words.stream().map(RecognizedWord::text).toList());
        assertEquals(new RecognizedWord("blood", 160, 950, 0.748089), words.get(0));
        assertEquals(1.0, words.get(2).confidence(), "posteriors above 1 from rounding are capped");
        assertEquals(2210, words.get(3).startMs());
    }

    @Test
    void recognisesAFliteRecordingWithTheGeneralModel() throws Exception {
        assumeTrue(PocketSphinxRecognizer.installed() && PocketSphinxModel.generalEnglishInstalled(),
                "PocketSphinx is not installed: run scripts/install-system-packages.sh");
        PcmAudio audio = AudioDecoder.standard().decode(Path.of("../corpora/audio/dictation-allergy.wav"));
        Recognition recognition = new PocketSphinxRecognizer(PocketSphinxModel.generalEnglish()).recognize(audio);

        assertEquals("pocketsphinx/general", recognition.engine());
        assertTrue(recognition.transcript().contains("allergic to penicillin"), recognition.transcript());
        long previousEnd = 0;
        for (RecognizedWord word : recognition.words()) {
            assertTrue(word.startMs() >= previousEnd - 10 && word.endMs() <= audio.durationMillis() + 50,
                    "word times must be in order and inside the recording: " + word);
            previousEnd = word.endMs();
        }
    }

    @Test
    void aMissingProgramIsAClearRecognitionError() throws Exception {
        assumeTrue(PocketSphinxModel.generalEnglishInstalled(), "pocketsphinx-en-us is not installed");
        PcmAudio audio = AudioDecoder.standard().decode(Path.of("../corpora/audio/dictation-allergy.wav"));
        PocketSphinxRecognizer missing = new PocketSphinxRecognizer(PocketSphinxModel.generalEnglish(),
                "no-such-pocketsphinx-program");
        RecognitionException e = assertThrows(RecognitionException.class, () -> missing.recognize(audio));
        assertTrue(e.getMessage().contains("install-system-packages.sh"), e.getMessage());
    }

    @Test
    void aMissingModelFileNamesTheFileAndTheFix() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PocketSphinxModel
                .withLanguageModel("clinical", Path.of("/nonexistent/clinical.lm"), Path.of("/nonexistent/clinical.dict")));
        assertTrue(e.getMessage().contains("/nonexistent/clinical.lm") || e.getMessage().contains("mdef"), e.getMessage());
    }
}

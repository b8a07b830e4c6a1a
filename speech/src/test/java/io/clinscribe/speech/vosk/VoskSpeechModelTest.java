package io.clinscribe.speech.vosk;

import io.clinscribe.speech.audio.AudioDecoder;
import io.clinscribe.speech.audio.PcmAudio;
import io.clinscribe.speech.recognition.Recognition;
import io.clinscribe.speech.recognition.RecognitionException;
import io.clinscribe.speech.recognition.RecognizedWord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class VoskSpeechModelTest {

    /** Where a developer's Vosk model is, for the full recognition test. */
    static final String MODEL_VARIABLE = "CLINSCRIBE_VOSK_MODEL";

    @Test
    void theBundledNativeLibraryLoads() {
        assertTrue(VoskSpeechModel.nativeLibraryLoads());
    }

    @Test
    void aMissingModelDirectorySaysWhereToGetOne() {
        RecognitionException e = assertThrows(RecognitionException.class,
                () -> VoskSpeechModel.load(Path.of("/nonexistent/vosk-model")));
        assertTrue(e.getMessage().contains("/nonexistent/vosk-model") && e.getMessage().contains("alphacephei.com/vosk/models"),
                e.getMessage());
    }

    @Test
    void aDirectoryThatIsNotAModelIsRefusedBeforeTheNativeCode(@TempDir Path dir) {
        RecognitionException e = assertThrows(RecognitionException.class, () -> VoskSpeechModel.load(dir));
        assertTrue(e.getMessage().contains("is not a Vosk model"), e.getMessage());
    }

    @Test
    void aDamagedModelIsAnErrorNotACrash(@TempDir Path dir) throws Exception {
        byte[] garbage = new byte[5000];
        new Random(7).nextBytes(garbage);
        Files.createDirectories(dir.resolve("am"));
        Files.createDirectories(dir.resolve("conf"));
        Files.createDirectories(dir.resolve("graph"));
        Files.write(dir.resolve("am/final.mdl"), garbage);
        Files.writeString(dir.resolve("conf/mfcc.conf"), "--sample-frequency=16000\n");
        Files.writeString(dir.resolve("conf/model.conf"), "--min-active=200\n");
        Files.write(dir.resolve("graph/HCLG.fst"), garbage);
        RecognitionException e = assertThrows(RecognitionException.class, () -> VoskSpeechModel.load(dir));
        assertTrue(e.getMessage().contains("not a loadable Vosk model"), e.getMessage());
    }

    @Test
    void resultsBecomeTimedWordsWithoutUnknowns() throws Exception {
        List<RecognizedWord> words = VoskRecognizer.parseResult("""
                {"result": [{"conf": 1.0, "end": 1.02, "start": 0.51, "word": "blood"},
                            {"conf": 0.42, "end": 1.5, "start": 1.02, "word": "[unk]"},
                            {"conf": 0.73, "end": 2.0, "start": 1.5, "word": "pressure"}],
                 "text": "blood [unk] pressure"}""");
        assertEquals(List.of(new RecognizedWord("blood", 510, 1020, 1.0), new RecognizedWord("pressure", 1500, 2000, 0.73)),
                words);
        assertEquals(List.of(), VoskRecognizer.parseResult("{\"text\": \"\"}"));
        assertEquals("[\"lisinopril\",\"b i d\",\"[unk]\"]", VoskRecognizer.grammarJson(List.of("lisinopril", "b i d")));
    }

    @Test
    void recognisesADictationWhenAModelIsInstalled() throws Exception {
        String model = System.getenv(MODEL_VARIABLE);
        assumeTrue(model != null && Files.isDirectory(Path.of(model)), "No Vosk model: set " + MODEL_VARIABLE
                + " to an unpacked model directory to run this test; " + VoskSpeechModel.WHERE_TO_GET
                + ". The same dictation path is covered with PocketSphinx by DictationPipelineTest.");
        PcmAudio audio = AudioDecoder.standard().decode(Path.of("../corpora/audio/dictation-allergy.wav"));
        try (VoskSpeechModel loaded = VoskSpeechModel.load(Path.of(model))) {
            Recognition recognition = new VoskRecognizer(loaded).recognize(audio);
            assertTrue(recognition.transcript().contains("penicillin"), recognition.transcript());
            assertTrue(recognition.words().stream().allMatch(w -> w.endMs() <= audio.durationMillis() + 50));
        }
    }
}

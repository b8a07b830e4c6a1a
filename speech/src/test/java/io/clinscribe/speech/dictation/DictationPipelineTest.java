package io.clinscribe.speech.dictation;

import io.clinscribe.pipeline.ClinicalTextPipeline;
import io.clinscribe.record.Allergy;
import io.clinscribe.record.AudioRange;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.Entry;
import io.clinscribe.record.VitalSign;
import io.clinscribe.record.VitalSignType;
import io.clinscribe.speech.audio.AudioDecoder;
import io.clinscribe.speech.audio.PcmAudio;
import io.clinscribe.speech.cleanup.DictationCleanup;
import io.clinscribe.speech.pocketsphinx.PocketSphinxModel;
import io.clinscribe.speech.pocketsphinx.PocketSphinxRecognizer;
import io.clinscribe.speech.recognition.Recognition;
import io.clinscribe.speech.recognition.RecognizedWord;
import io.clinscribe.speech.recognition.SpeechRecognizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DictationPipelineTest {

    private static ClinicalTextPipeline text;
    private static final DictationCleanup CLEANUP = DictationCleanup.standard();

    @BeforeAll
    static void loadTextPipeline() {
        text = ClinicalTextPipeline.create();
    }

    @AfterAll
    static void close() {
        text.close();
    }

    @Test
    void aRecordingBecomesEntriesThatPointBackToTheAudio() throws Exception {
        assumeTrue(PocketSphinxRecognizer.installed() && PocketSphinxModel.generalEnglishInstalled(),
                "PocketSphinx is not installed: run scripts/install-system-packages.sh");
        PcmAudio audio = AudioDecoder.standard().decode(Path.of("../corpora/audio/dictation-allergy.wav"));
        DictationPipeline pipeline = new DictationPipeline(
                Optional.of(new PocketSphinxRecognizer(PocketSphinxModel.generalEnglish())), CLEANUP, 0.5);

        Dictation dictation = pipeline.transcribe("allergy", audio);
        ClinicalDocument doc = pipeline.extract(dictation, text).document();

        assertTrue(doc.text().startsWith("The patient is allergic to penicillin."), doc.text());
        Allergy allergy = doc.entries(Allergy.class).get(0);
        assertEquals("penicillin", allergy.substance());
        AudioRange range = allergy.provenance().audio().orElseThrow();
        RecognizedWord penicillin = dictation.timedWords().stream().filter(w -> w.text().equals("penicillin"))
                .findFirst().orElseThrow();
        assertTrue(range.startMillis() <= penicillin.startMs() && range.endMillis() >= penicillin.endMs(),
                "the allergy's audio covers the spoken drug name: " + range + " vs " + penicillin);
        assertTrue(range.endMillis() <= audio.durationMillis() + 50, "inside the recording");
        for (Entry e : doc.entries()) {
            assertTrue(e.provenance().audio().isPresent(), "every entry has its audio: " + e.mention().text());
        }
    }

    @Test
    void aSpokenFormTranscriptGetsTheSameCleanUpAndEntriesWithoutAudio() {
        DictationPipeline pipeline = new DictationPipeline(Optional.empty(), CLEANUP, 0.5);
        Dictation dictation = pipeline.transcribeSpoken("vitals", List.of(
                "vital signs colon blood pressure one forty over ninety comma",
                "heart rate eighty two period"));
        ClinicalDocument doc = pipeline.extract(dictation, text).document();

        assertEquals("VITAL SIGNS: Blood pressure 140/90, heart rate 82.", doc.text());
        VitalSign bp = doc.entries(VitalSign.class).stream().filter(v -> v.type() == VitalSignType.BLOOD_PRESSURE)
                .findFirst().orElseThrow();
        assertEquals(new BigDecimal("140"), bp.systolic().orElseThrow());
        assertTrue(bp.provenance().audio().isEmpty(), "no audio behind a typed transcript");
        assertTrue(doc.entries().stream().noneMatch(Entry::needsReview), "nothing uncertain here");
    }

    @Test
    void entriesTakeTheirWordsTimesAndUnsureWordsMarkThemForReview() throws Exception {
        // A recogniser's output as it would come back: times in ms and posteriors, "forty" poorly heard.
        String[] words = "vital signs colon blood pressure one forty over ninety comma heart rate eighty two period".split(" ");
        double[] confidence = {0.9, 0.9, 0.95, 0.99, 0.99, 0.9, 0.21, 0.99, 0.98, 0.9, 0.97, 0.96, 0.95, 0.78, 0.99};
        List<RecognizedWord> timed = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            timed.add(new RecognizedWord(words[i], 500 + 300L * i, 780 + 300L * i, confidence[i]));
        }
        SpeechRecognizer replay = new SpeechRecognizer() {
            @Override
            public String name() {
                return "replay";
            }

            @Override
            public Recognition recognize(PcmAudio audio) {
                return new Recognition(name(), timed, audio.durationMillis());
            }
        };
        DictationPipeline pipeline = new DictationPipeline(Optional.of(replay), CLEANUP, 0.5);
        Dictation dictation = pipeline.transcribe("vitals", new PcmAudio("vitals", new short[16_000 * 6]));
        ClinicalDocument doc = pipeline.extract(dictation, text).document();

        VitalSign bp = doc.entries(VitalSign.class).stream().filter(v -> v.type() == VitalSignType.BLOOD_PRESSURE)
                .findFirst().orElseThrow();
        // "Blood pressure 140/90" was spoken from "blood" (word 3) to "ninety" (word 8)
        assertEquals(new AudioRange(500 + 300 * 3, 780 + 300 * 8), bp.provenance().audio().orElseThrow());
        assertTrue(bp.needsReview() && bp.mention().reviewReasons().contains(DictationPipeline.LOW_CONFIDENCE_REASON));
        assertTrue(bp.mention().confidence() <= 0.21);
        VitalSign hr = doc.entries(VitalSign.class).stream().filter(v -> v.type() == VitalSignType.HEART_RATE)
                .findFirst().orElseThrow();
        assertEquals(new AudioRange(500 + 300 * 10, 780 + 300 * 13), hr.provenance().audio().orElseThrow());
        // "two" at 0.78 would pass as a word, but not as a number: a misheard number is the costliest error.
        assertEquals(List.of(DictationPipeline.LOW_NUMBER_CONFIDENCE_REASON), hr.mention().reviewReasons());
    }

    @Test
    void aMisheardCommandKeepsItsWordsAndFlagsTheEntryOverIt() {
        DictationPipeline pipeline = new DictationPipeline(Optional.empty(), CLEANUP, 0.5);
        Dictation dictation = pipeline.transcribeSpoken("hpi",
                List.of("allergies cohen penicillin causing hives period"));
        ClinicalDocument doc = pipeline.extract(dictation, text).document();

        assertTrue(doc.text().contains("cohen"), "the misheard word is kept, not repaired: " + doc.text());
        assertFalse(dictation.clean().reviewFlags().isEmpty(), "the uncertain command is flagged");
    }
}

package io.clinscribe.speech.dictation;

import io.clinscribe.pipeline.ClinicalTextPipeline;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.Entry;
import io.clinscribe.record.Mention;
import io.clinscribe.record.ProcessingProblem;
import io.clinscribe.speech.audio.PcmAudio;
import io.clinscribe.speech.cleanup.CleanTranscript;
import io.clinscribe.speech.cleanup.DictationCleanup;
import io.clinscribe.speech.cleanup.ReviewFlag;
import io.clinscribe.speech.recognition.Recognition;
import io.clinscribe.speech.recognition.RecognitionException;
import io.clinscribe.speech.recognition.SpeechRecognizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Dictation end to end: recording -> recognised words -> clean text -> the text pipeline's entries,
 * each given the audio range it was spoken in. An entry whose words the recogniser was unsure of, or
 * that overlaps a stretch the clean-up flagged (a possibly misheard command), is kept and marked for
 * review. Built once, thread-safe when its recogniser and text pipeline are (both shipped ones are).
 */
public final class DictationPipeline {

    /**
     * Below this word posterior an entry is marked for review. Chosen on the recognised dev recordings:
     * see the README's dictation figures for how it splits right from wrong words.
     */
    public static final double DEFAULT_LOW_CONFIDENCE = 0.5;

    /**
     * Numbers get a stricter bar: a misheard dose or blood pressure is the costliest error dictation can
     * make, and the recogniser's posterior for a wrong number is often middling (0.7 for "two" heard for
     * "ten" on the project's own recording), not low.
     */
    public static final double DEFAULT_NUMBER_CONFIDENCE = 0.9;

    static final String LOW_CONFIDENCE_REASON = "low speech recognition confidence";
    static final String LOW_NUMBER_CONFIDENCE_REASON = "low speech recognition confidence on a number";

    private final Optional<SpeechRecognizer> recognizer;
    private final DictationCleanup cleanup;
    private final double lowConfidence;

    /**
     * @param recognizer    the recogniser for recordings; empty when only spoken-form transcripts are given
     * @param lowConfidence word confidence below which an entry is marked for review
     */
    public DictationPipeline(Optional<SpeechRecognizer> recognizer, DictationCleanup cleanup, double lowConfidence) {
        this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
        this.cleanup = Objects.requireNonNull(cleanup, "cleanup");
        if (!(lowConfidence >= 0 && lowConfidence <= 1)) {
            throw new IllegalArgumentException("lowConfidence must be within 0..1");
        }
        this.lowConfidence = lowConfidence;
    }

    public Optional<SpeechRecognizer> recognizer() {
        return recognizer;
    }

    /** Recognises and cleans up one recording. */
    public Dictation transcribe(String id, PcmAudio audio) throws RecognitionException {
        SpeechRecognizer engine = recognizer.orElseThrow(
                () -> new IllegalStateException("this pipeline was built without a speech recogniser"));
        Recognition recognition = engine.recognize(audio);
        CleanTranscript clean = cleanup.clean(recognition.spokenWords());
        return new Dictation(id, Optional.of(recognition), recognition.spokenWords(), clean);
    }

    /**
     * Cleans up a transcript in spoken form from another recogniser: one utterance per line, lower-case
     * words (case and stray punctuation are normalised away).
     */
    public Dictation transcribeSpoken(String id, List<String> utterances) {
        List<String> words = new ArrayList<>();
        for (String line : utterances) {
            Arrays.stream(line.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]+", " ").trim().split("\\s+"))
                    .filter(w -> !w.isEmpty())
                    .forEach(words::add);
        }
        return new Dictation(id, Optional.empty(), words, cleanup.clean(words));
    }

    /** Runs the text pipeline on the clean text and ties each entry to its audio and review flags. */
    public DictatedDocument extract(Dictation dictation, ClinicalTextPipeline textPipeline) {
        ClinicalDocument text = textPipeline.process(dictation.id(), dictation.clean().text());
        TranscriptAlignment alignment = dictation.alignment();
        List<Entry> entries = new ArrayList<>(text.entries().size());
        for (Entry entry : text.entries()) {
            entries.add(attachAudio(entry, alignment));
        }
        List<ProcessingProblem> problems = new ArrayList<>(text.problems());
        if (dictation.spokenWords().isEmpty()) {
            problems.add(ProcessingProblem.error("no-speech-recognised",
                    dictation.id() + ": the recogniser heard no words in the recording"));
        }
        ClinicalDocument document = new ClinicalDocument(text.id(), text.text(), text.sections(), entries, problems);
        return new DictatedDocument(dictation, document);
    }

    private Entry attachAudio(Entry entry, TranscriptAlignment alignment) {
        Mention mention = entry.mention();
        Optional<io.clinscribe.record.AudioRange> audio = alignment.audio(mention.span());
        if (audio.isPresent()) {
            mention = mention.withProvenance(mention.provenance().withAudio(audio.get()));
        }
        OptionalDouble lowest = alignment.lowestConfidence(mention.span());
        if (lowest.isPresent() && lowest.getAsDouble() < lowConfidence) {
            mention = mention.withReviewReason(LOW_CONFIDENCE_REASON)
                    .withConfidence(Math.min(mention.confidence(), lowest.getAsDouble()));
        }
        OptionalDouble lowestNumber = alignment.lowestConfidence(mention.span(), DictationCleanup::isNumberWord);
        if (lowestNumber.isPresent() && lowestNumber.getAsDouble() < Math.max(lowConfidence, DEFAULT_NUMBER_CONFIDENCE)) {
            mention = mention.withReviewReason(LOW_NUMBER_CONFIDENCE_REASON)
                    .withConfidence(Math.min(mention.confidence(), lowestNumber.getAsDouble()));
        }
        for (ReviewFlag flag : alignment.reviewFlags(mention.span())) {
            mention = mention.withReviewReason(flag.reason());
        }
        return entry.withMention(mention);
    }
}

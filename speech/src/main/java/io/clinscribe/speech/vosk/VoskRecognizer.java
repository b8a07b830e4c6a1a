package io.clinscribe.speech.vosk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinscribe.speech.audio.PcmAudio;
import io.clinscribe.speech.recognition.Recognition;
import io.clinscribe.speech.recognition.RecognitionException;
import io.clinscribe.speech.recognition.RecognizedWord;
import io.clinscribe.speech.recognition.SpeechRecognizer;
import org.vosk.Recognizer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Vosk, in-process and streaming: the audio is fed in chunks, as a live dictation would be, and each
 * finished utterance's words (with {@code start}, {@code end} and {@code conf}) are collected.
 *
 * <p>Vosk's way to adapt to clinical words is a phrase list (its grammar API): the recogniser is then
 * limited to those words plus {@code [unk]}. Only models with a dynamic graph (the small ones) accept it;
 * large models ignore it. A fresh native recogniser is made per recording, so this class is thread-safe.
 */
public final class VoskRecognizer implements SpeechRecognizer {

    private static final int CHUNK_SAMPLES = 4_000; // a quarter second, as a streaming client would send
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VoskSpeechModel model;
    private final Optional<String> grammar;

    public VoskRecognizer(VoskSpeechModel model) {
        this(model, Optional.empty());
    }

    /** A recogniser limited to {@code vocabulary} (words or phrases) plus unknown words. */
    public VoskRecognizer(VoskSpeechModel model, List<String> vocabulary) {
        this(model, Optional.of(grammarJson(vocabulary)));
    }

    private VoskRecognizer(VoskSpeechModel model, Optional<String> grammar) {
        this.model = Objects.requireNonNull(model, "model");
        this.grammar = grammar;
    }

    @Override
    public String name() {
        return "vosk/" + model.directory().getFileName() + (grammar.isPresent() ? "+vocabulary" : "");
    }

    @Override
    public Recognition recognize(PcmAudio audio) throws RecognitionException {
        List<RecognizedWord> words = new ArrayList<>();
        try (Recognizer recognizer = grammar.isPresent()
                ? new Recognizer(model.nativeModel(), PcmAudio.SAMPLE_RATE, grammar.get())
                : new Recognizer(model.nativeModel(), PcmAudio.SAMPLE_RATE)) {
            recognizer.setWords(true);
            short[] samples = audio.samples();
            for (int start = 0; start < samples.length; start += CHUNK_SAMPLES) {
                int length = Math.min(CHUNK_SAMPLES, samples.length - start);
                short[] chunk = java.util.Arrays.copyOfRange(samples, start, start + length);
                if (recognizer.acceptWaveForm(chunk, length)) {
                    words.addAll(parseResult(recognizer.getResult()));
                }
            }
            words.addAll(parseResult(recognizer.getFinalResult()));
        } catch (IOException e) {
            throw new RecognitionException(audio.source() + ": Vosk could not start a recogniser", e);
        }
        return new Recognition(name(), words, audio.durationMillis());
    }

    /** Reads one Vosk result: {@code {"result": [{"conf":..,"start":..,"end":..,"word":..}], "text": ..}}. */
    static List<RecognizedWord> parseResult(String json) throws RecognitionException {
        List<RecognizedWord> words = new ArrayList<>();
        try {
            JsonNode result = JSON.readTree(json).path("result");
            for (JsonNode w : result) {
                String word = w.path("word").asText("");
                if (word.isBlank() || word.equals("[unk]")) {
                    continue;
                }
                long startMs = Math.round(w.path("start").asDouble() * 1000);
                long endMs = Math.max(startMs, Math.round(w.path("end").asDouble() * 1000));
                double confidence = Math.max(0, Math.min(1, w.path("conf").asDouble(1.0)));
                words.add(new RecognizedWord(word, startMs, endMs, confidence));
            }
        } catch (IOException e) {
            throw new RecognitionException("Vosk returned a result that is not JSON", e);
        }
        return words;
    }

    static String grammarJson(List<String> vocabulary) {
        List<String> phrases = new ArrayList<>(vocabulary);
        phrases.add("[unk]");
        try {
            return JSON.writeValueAsString(phrases);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

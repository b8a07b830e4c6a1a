package io.clinscribe.speech.dictation;

import io.clinscribe.speech.cleanup.CleanTranscript;
import io.clinscribe.speech.recognition.Recognition;
import io.clinscribe.speech.recognition.RecognizedWord;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One dictation after recognition and clean-up: the spoken words (with times and confidences when they
 * were recognised here), the raw transcript and the clean text with its map back to the words.
 */
public record Dictation(String id, Optional<Recognition> recognition, List<String> spokenWords, CleanTranscript clean) {

    public Dictation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recognition, "recognition");
        spokenWords = List.copyOf(spokenWords);
        Objects.requireNonNull(clean, "clean");
    }

    /** The recogniser's words in spoken form, separated by spaces. */
    public String rawTranscript() {
        return String.join(" ", spokenWords);
    }

    public List<RecognizedWord> timedWords() {
        return recognition.map(Recognition::words).orElse(List.of());
    }

    public TranscriptAlignment alignment() {
        return new TranscriptAlignment(clean, timedWords());
    }
}

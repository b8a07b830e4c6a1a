package io.clinscribe.speech.dictation;

import io.clinscribe.record.AudioRange;
import io.clinscribe.record.Span;
import io.clinscribe.speech.cleanup.CleanTranscript;
import io.clinscribe.speech.cleanup.ReviewFlag;
import io.clinscribe.speech.cleanup.SourcedText;
import io.clinscribe.speech.recognition.RecognizedWord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Maps a stretch of clean text back through the clean-up's pieces to the spoken words it was written
 * from, and through the recogniser's word timings to the audio it was dictated in. Without timings (a
 * transcript given as text) spans still map to words, but not to audio.
 */
public final class TranscriptAlignment {

    private final CleanTranscript clean;
    private final List<RecognizedWord> timedWords;

    /**
     * @param timedWords the recognised words the clean-up was given, index for index; empty when the
     *                   spoken words came without timings
     */
    public TranscriptAlignment(CleanTranscript clean, List<RecognizedWord> timedWords) {
        this.clean = Objects.requireNonNull(clean, "clean");
        this.timedWords = List.copyOf(timedWords);
    }

    /** Spoken words {@code [first, end)} that the characters of {@code span} came from. */
    public record WordRange(int first, int end) {
    }

    public Optional<WordRange> words(Span span) {
        int first = Integer.MAX_VALUE;
        int end = -1;
        for (SourcedText piece : clean.pieces()) {
            if (piece.end() <= span.begin()) {
                continue;
            }
            if (piece.begin() >= span.end()) {
                break;
            }
            first = Math.min(first, piece.firstWord());
            end = Math.max(end, piece.endWord());
        }
        return end < 0 ? Optional.empty() : Optional.of(new WordRange(first, end));
    }

    /** The audio the span was dictated in: from the start of its first word to the end of its last. */
    public Optional<AudioRange> audio(Span span) {
        return timed(span).map(r -> new AudioRange(timedWords.get(r.first()).startMs(),
                timedWords.get(r.end() - 1).endMs()));
    }

    /** The audio of spoken words {@code [first, end)}, when they were recognised here. */
    public Optional<AudioRange> audioOfWords(int first, int end) {
        if (first < 0 || end <= first || end > timedWords.size()) {
            return Optional.empty();
        }
        return Optional.of(new AudioRange(timedWords.get(first).startMs(), timedWords.get(end - 1).endMs()));
    }

    /** The recogniser's lowest word confidence within the span, when the words were recognised here. */
    public OptionalDouble lowestConfidence(Span span) {
        return timed(span).stream().flatMapToDouble(r -> timedWords.subList(r.first(), r.end()).stream()
                .mapToDouble(RecognizedWord::confidence)).min();
    }

    /** The lowest confidence among the span's recognised words that pass {@code which}. */
    public OptionalDouble lowestConfidence(Span span, java.util.function.Predicate<String> which) {
        return timed(span).stream().flatMapToDouble(r -> timedWords.subList(r.first(), r.end()).stream()
                .filter(w -> which.test(w.text())).mapToDouble(RecognizedWord::confidence)).min();
    }

    /** The clean-up's review flags whose text overlaps the span. */
    public List<ReviewFlag> reviewFlags(Span span) {
        List<ReviewFlag> overlapping = new ArrayList<>();
        for (ReviewFlag flag : clean.reviewFlags()) {
            boolean overlaps = flag.begin() < span.end() && span.begin() < flag.end();
            boolean touchesEmptyFlag = flag.begin() == flag.end() && flag.begin() >= span.begin() && flag.begin() <= span.end();
            if (overlaps || touchesEmptyFlag) {
                overlapping.add(flag);
            }
        }
        return overlapping;
    }

    private Optional<WordRange> timed(Span span) {
        return words(span).filter(r -> r.end() <= timedWords.size());
    }
}

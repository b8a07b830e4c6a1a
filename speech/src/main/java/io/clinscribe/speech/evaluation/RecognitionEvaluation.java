package io.clinscribe.speech.evaluation;

import io.clinscribe.speech.audio.AudioDecoder;
import io.clinscribe.speech.audio.AudioInputException;
import io.clinscribe.speech.audio.PcmAudio;
import io.clinscribe.speech.recognition.Recognition;
import io.clinscribe.speech.recognition.RecognitionException;
import io.clinscribe.speech.recognition.SpeechRecognizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scores a recogniser on recordings with reference transcripts: word error rate per recording and over
 * all of them, and the real-time factor (decoding time over audio time, recordings one after another
 * on one thread, so it is a one-core figure). A recording that fails counts all its reference words as
 * deleted and is listed, never skipped.
 */
public final class RecognitionEvaluation {

    /** How one recording went. */
    public record RecordingScore(String id, WordErrors errors, long audioMillis, long decodeMillis, String reference,
                                 String hypothesis, Optional<String> failure) {
    }

    /** All recordings' scores. */
    public record Report(String engine, List<RecordingScore> recordings) {

        public Report {
            recordings = List.copyOf(recordings);
        }

        public WordErrors total() {
            return recordings.stream().map(RecordingScore::errors).reduce(WordErrors.NONE, WordErrors::plus);
        }

        public double realTimeFactor() {
            long audio = recordings.stream().mapToLong(RecordingScore::audioMillis).sum();
            long decode = recordings.stream().mapToLong(RecordingScore::decodeMillis).sum();
            return audio == 0 ? 0 : (double) decode / audio;
        }

        public long failures() {
            return recordings.stream().filter(r -> r.failure().isPresent()).count();
        }

        public String format(boolean perRecording) {
            StringBuilder out = new StringBuilder();
            WordErrors t = total();
            out.append(String.format(Locale.ROOT, "recognition (%s): %d recordings, %.1f s of audio%n", engine,
                    recordings.size(), recordings.stream().mapToLong(RecordingScore::audioMillis).sum() / 1000.0));
            out.append(String.format(Locale.ROOT, "  word error rate %.1f%%  (%d substitutions, %d deletions, %d insertions "
                    + "over %d reference words)%n", 100 * t.rate(), t.substitutions(), t.deletions(), t.insertions(),
                    t.referenceWords()));
            out.append(String.format(Locale.ROOT, "  real-time factor %.3f (one thread)%n", realTimeFactor()));
            if (failures() > 0) {
                out.append("  failed recordings: ").append(failures()).append('\n');
            }
            if (perRecording) {
                for (RecordingScore r : recordings) {
                    out.append(String.format(Locale.ROOT, "%n%s  WER %.1f%%%s%n  ref: %s%n  hyp: %s%n", r.id(),
                            100 * r.errors().rate(), r.failure().map(f -> "  FAILED: " + f).orElse(""), r.reference(),
                            r.hypothesis()));
                }
            }
            return out.toString();
        }
    }

    private final SpeechRecognizer recognizer;
    private final AudioDecoder decoder;

    public RecognitionEvaluation(SpeechRecognizer recognizer, AudioDecoder decoder) {
        this.recognizer = recognizer;
        this.decoder = decoder;
    }

    public Report run(List<ReferenceRecordings.Recording> recordings) {
        List<RecordingScore> scores = new ArrayList<>();
        for (ReferenceRecordings.Recording recording : recordings) {
            List<String> reference = WordErrors.words(recording.reference());
            try {
                PcmAudio audio = decoder.decode(recording.audio());
                long start = System.nanoTime();
                Recognition recognition = recognizer.recognize(audio);
                long decodeMillis = (System.nanoTime() - start) / 1_000_000;
                List<String> hypothesis = WordErrors.words(recognition.transcript());
                scores.add(new RecordingScore(recording.id(), WordErrors.align(reference, hypothesis),
                        audio.durationMillis(), decodeMillis, String.join(" ", reference), String.join(" ", hypothesis),
                        Optional.empty()));
            } catch (AudioInputException | RecognitionException e) {
                scores.add(new RecordingScore(recording.id(), new WordErrors(0, reference.size(), 0, reference.size()),
                        0, 0, String.join(" ", reference), "", Optional.of(e.getMessage())));
            }
        }
        return new Report(recognizer.name(), scores);
    }
}

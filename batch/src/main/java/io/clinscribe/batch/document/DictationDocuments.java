package io.clinscribe.batch.document;

import io.clinscribe.pipeline.ClinicalTextPipeline;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.DocumentSource;
import io.clinscribe.record.ProcessingProblem;
import io.clinscribe.speech.audio.AudioDecoder;
import io.clinscribe.speech.audio.AudioInputException;
import io.clinscribe.speech.dictation.Dictation;
import io.clinscribe.speech.dictation.DictationPipeline;
import io.clinscribe.speech.recognition.RecognitionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Dictation: a recording (or a spoken-form transcript from another recogniser) -> clean text -> entries with
 * the audio range each was spoken in, and the {@code dictation} fields. Without a text pipeline it stops
 * after clean-up (transcript only). Never throws for a bad input: the document carries the problem.
 * Thread-safe as its pipelines are.
 */
public final class DictationDocuments {

    private final DictationPipeline dictation;
    private final AudioDecoder decoder;
    private final Optional<ClinicalTextPipeline> text;

    /** @param text the text pipeline for entries; empty to stop at the clean transcript */
    public DictationDocuments(DictationPipeline dictation, AudioDecoder decoder, Optional<ClinicalTextPipeline> text) {
        this.dictation = Objects.requireNonNull(dictation, "dictation");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.text = Objects.requireNonNull(text, "text");
    }

    /** A recording (WAV, FLAC, MP3). */
    public ProcessedDocument recording(String id, Path file) {
        return withSource(transcribe(id, file, false), file, DocumentSource.Kind.AUDIO);
    }

    /** A transcript in spoken form, one utterance per line. */
    public ProcessedDocument spokenText(String id, Path file) {
        return withSource(transcribe(id, file, true), file, DocumentSource.Kind.TEXT);
    }

    private static ProcessedDocument withSource(ProcessedDocument result, Path file, DocumentSource.Kind kind) {
        try {
            return new ProcessedDocument(result.document().withSource(DocumentSource.ofFile(kind, file)),
                    result.extraFields());
        } catch (IOException e) {
            return result; // unreadable: the document already carries that problem
        }
    }

    private ProcessedDocument transcribe(String id, Path file, boolean spoken) {
        Dictation transcribed;
        try {
            if (spoken) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.stream().allMatch(String::isBlank)) {
                    return failed(id, file, "empty-input", file + ": the transcript is empty");
                }
                transcribed = dictation.transcribeSpoken(id, lines);
            } else {
                if (dictation.recognizer().isEmpty()) {
                    return failed(id, file, "no-recogniser", file + ": no speech recogniser is available");
                }
                transcribed = dictation.transcribe(id, decoder.decode(file));
            }
        } catch (AudioInputException e) {
            return failed(id, file, "unreadable-audio", e.getMessage());
        } catch (RecognitionException e) {
            return failed(id, file, "recognition-failed", e.getMessage());
        } catch (CharacterCodingException e) {
            return failed(id, file, "unreadable-input", file + ": the transcript is not UTF-8 text");
        } catch (IOException e) {
            return failed(id, file, "unreadable-input", file + ": cannot read (" + e.getMessage() + ")");
        }
        DictationJson fields = new DictationJson(Optional.of(file.toString()), Optional.of(transcribed));
        if (text.isEmpty()) {
            List<ProcessingProblem> problems = transcribed.spokenWords().isEmpty()
                    ? List.of(ProcessingProblem.error("no-speech-recognised", file + ": no words were recognised"))
                    : List.of();
            return new ProcessedDocument(new ClinicalDocument(id, transcribed.clean().text(), List.of(), List.of(), problems),
                    fields);
        }
        return new ProcessedDocument(dictation.extract(transcribed, text.get()).document(), fields);
    }

    private static ProcessedDocument failed(String id, Path file, String code, String message) {
        return new ProcessedDocument(ClinicalDocument.failed(id, ProcessingProblem.error(code, message)),
                new DictationJson(Optional.of(file.toString()), Optional.empty()));
    }
}

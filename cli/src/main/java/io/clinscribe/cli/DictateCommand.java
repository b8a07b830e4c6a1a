package io.clinscribe.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.clinscribe.pipeline.ClinicalTextPipeline;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.DocumentSource;
import io.clinscribe.record.ProcessingProblem;
import io.clinscribe.speech.audio.AudioDecoder;
import io.clinscribe.speech.audio.AudioInputException;
import io.clinscribe.speech.audio.PcmAudio;
import io.clinscribe.speech.cleanup.DictationCleanup;
import io.clinscribe.speech.cleanup.ReviewFlag;
import io.clinscribe.speech.dictation.DictatedDocument;
import io.clinscribe.speech.dictation.Dictation;
import io.clinscribe.speech.dictation.DictationPipeline;
import io.clinscribe.speech.dictation.SpeechEngines;
import io.clinscribe.speech.dictation.TranscriptAlignment;
import io.clinscribe.speech.recognition.RecognitionException;
import io.clinscribe.speech.recognition.RecognizedWord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clinscribe dictate}: recordings (or spoken-form transcripts) in, clean text and entries with audio ranges out. */
@Command(name = "dictate", mixinStandardHelpOptions = true,
        description = {"Turn dictated recordings (WAV, FLAC, MP3) into the text a transcriptionist",
                "would type, then into coded entries, each with the audio range it was spoken in.",
                "Prints one clinscribe.entries/v1 document per recording, plus a 'dictation'",
                "object with the raw transcript, the word timings and the stretches flagged for",
                "review. A recording that cannot be used gets a document with its problem; the",
                "others go on.",
                "",
                "Recogniser: Vosk when a model is given (--vosk-model, $" + SpeechEngines.VOSK_MODEL_VARIABLE + ",",
                "or vosk.model in ~/.config/clinscribe/clinscribe.properties), otherwise the",
                "embedded PocketSphinx."})
final class DictateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "AUDIO", description = "Recordings: WAV (any rate, depth, channels), FLAC or MP3.")
    List<Path> recordings = new ArrayList<>();

    @Option(names = "--spoken-text", paramLabel = "FILE",
            description = "A transcript in spoken form from another recogniser (one utterance per line) to clean up "
                    + "and extract from instead of audio. Repeatable.")
    List<Path> spokenTexts = new ArrayList<>();

    @Option(names = "--transcript-only", description = "Stop after clean-up: print the clean text and timings, no entries.")
    boolean transcriptOnly;

    @Option(names = "--vosk-model", paramLabel = "DIR", description = "Recognise with this Vosk model directory.")
    Path voskModel;

    @Option(names = "--vosk-vocabulary", description = "Limit Vosk to the clinical vocabulary (small Vosk models only).")
    boolean voskVocabulary;

    @Option(names = "--language-model", paramLabel = "MODEL", defaultValue = "clinical",
            description = "PocketSphinx language model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SpeechEngines.LanguageModel languageModel;

    @Option(names = "--review-below", paramLabel = "CONFIDENCE", defaultValue = "" + DictationPipeline.DEFAULT_LOW_CONFIDENCE,
            description = "Mark entries for review when a word's recognition confidence is below this (default: ${DEFAULT-VALUE}).")
    double reviewBelow;

    @CommandLine.Mixin
    OutputOptions outputOptions;

    @CommandLine.Mixin
    PipelineOptions pipelineOptions;

    @CommandLine.Mixin
    DeliveryOptions deliveryOptions;

    /** One input: a recording or a spoken-form transcript. */
    private record Input(String id, Path path, boolean spoken) {
    }

    @Override
    public Integer call() throws Exception {
        if (recordings.isEmpty() && spokenTexts.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give at least one recording or --spoken-text FILE");
        }
        if (!(reviewBelow >= 0 && reviewBelow <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--review-below must be between 0 and 1");
        }
        DocumentOutput output = outputOptions.open(spec.commandLine().getOut());
        List<Input> inputs = new ArrayList<>();
        recordings.forEach(p -> inputs.add(new Input(TextInputs.idOf(p), p, false)));
        spokenTexts.forEach(p -> inputs.add(new Input(TextInputs.idOf(p), p, true)));
        PrintWriter err = spec.commandLine().getErr();
        List<String> failures = new ArrayList<>();
        DictationCleanup cleanup = DictationCleanup.standard();
        DeliveryHandoff delivery = deliveryOptions.requested()
                ? DeliveryHandoff.open(deliveryOptions, spec.commandLine(), err) : null;
        int delivered = 0;

        Optional<SpeechEngines.Engine> engine = Optional.empty();
        try {
            if (!recordings.isEmpty()) {
                try {
                    engine = Optional.of(SpeechEngines.fromEnvironment().select(Optional.ofNullable(voskModel),
                            languageModel, voskVocabulary));
                } catch (RecognitionException e) {
                    // No recogniser: every recording fails with the reason; spoken-form inputs still go on.
                    err.println("clinscribe: " + e.getMessage());
                }
            }
            DictationPipeline dictation = new DictationPipeline(engine.map(SpeechEngines.Engine::recognizer), cleanup,
                    reviewBelow);
            AudioDecoder decoder = AudioDecoder.standard();
            ClinicalTextPipeline text = transcriptOnly ? null : pipelineOptions.build();
            try {
                InOrderProcessing.run(pipelineOptions.threads(), inputs, input -> process(input, dictation, decoder, text),
                        (input, result) -> {
                            if (result.document().failed()) {
                                failures.add(input.path().toString());
                                result.document().problems().stream()
                                        .filter(p -> p.severity() == ProcessingProblem.Severity.ERROR)
                                        .forEach(p -> err.println("clinscribe: " + p.message()));
                            }
                            output.emit(result.document(), json -> writeDictation(result, json));
                            if (delivery != null) {
                                delivery.accept(result.document());
                            }
                        });
                if (delivery != null) {
                    delivered = delivery.deliver();
                }
            } finally {
                if (text != null) {
                    text.close();
                }
            }
        } finally {
            engine.ifPresent(SpeechEngines.Engine::close);
            if (delivery != null) {
                delivery.close();
            }
        }
        err.flush();
        return failures.isEmpty() ? delivered : ClinscribeCommand.SOME_INPUTS_FAILED;
    }

    /** A finished input: the document to print and, when there was one, the dictation behind it. */
    private record Result(ClinicalDocument document, Optional<Dictation> dictation, Optional<String> source) {
        Result withSource(DocumentSource file) {
            return new Result(document.withSource(file), dictation, source);
        }
    }

    private static Result process(Input input, DictationPipeline dictation, AudioDecoder decoder, ClinicalTextPipeline text) {
        Result result = transcribe(input, dictation, decoder, text);
        try {
            return result.withSource(DocumentSource.ofFile(
                    input.spoken() ? DocumentSource.Kind.TEXT : DocumentSource.Kind.AUDIO, input.path()));
        } catch (IOException e) {
            return result; // unreadable: the document already carries that problem
        }
    }

    private static Result transcribe(Input input, DictationPipeline dictation, AudioDecoder decoder,
                                     ClinicalTextPipeline text) {
        Dictation transcribed;
        try {
            if (input.spoken()) {
                List<String> lines = Files.readAllLines(input.path(), StandardCharsets.UTF_8);
                if (lines.stream().allMatch(String::isBlank)) {
                    return failed(input, "empty-input", input.path() + ": the transcript is empty");
                }
                transcribed = dictation.transcribeSpoken(input.id(), lines);
            } else {
                if (dictation.recognizer().isEmpty()) {
                    return failed(input, "no-recogniser", input.path() + ": no speech recogniser is available");
                }
                PcmAudio audio = decoder.decode(input.path());
                transcribed = dictation.transcribe(input.id(), audio);
            }
        } catch (AudioInputException e) {
            return failed(input, "unreadable-audio", e.getMessage());
        } catch (RecognitionException e) {
            return failed(input, "recognition-failed", e.getMessage());
        } catch (java.nio.charset.CharacterCodingException e) {
            return failed(input, "unreadable-input", input.path() + ": the transcript is not UTF-8 text");
        } catch (IOException e) {
            return failed(input, "unreadable-input", input.path() + ": cannot read (" + e.getMessage() + ")");
        }
        Optional<String> source = Optional.of(input.path().toString());
        if (text == null) {
            List<ProcessingProblem> problems = transcribed.spokenWords().isEmpty()
                    ? List.of(ProcessingProblem.error("no-speech-recognised", input.path() + ": no words were recognised"))
                    : List.of();
            return new Result(new ClinicalDocument(input.id(), transcribed.clean().text(), List.of(), List.of(), problems),
                    Optional.of(transcribed), source);
        }
        DictatedDocument document = dictation.extract(transcribed, text);
        return new Result(document.document(), Optional.of(transcribed), source);
    }

    private static Result failed(Input input, String code, String message) {
        return new Result(ClinicalDocument.failed(input.id(), ProcessingProblem.error(code, message)), Optional.empty(),
                Optional.of(input.path().toString()));
    }

    private static void writeDictation(Result result, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("dictation");
        if (result.source().isPresent()) {
            json.writeStringField("source", result.source().get());
        }
        if (result.dictation().isPresent()) {
            Dictation d = result.dictation().get();
            if (d.recognition().isPresent()) {
                json.writeStringField("engine", d.recognition().get().engine());
                json.writeNumberField("durationMs", d.recognition().get().audioMillis());
            }
            json.writeStringField("transcript", d.rawTranscript());
            json.writeArrayFieldStart("words");
            for (RecognizedWord w : d.timedWords()) {
                json.writeStartObject();
                json.writeStringField("text", w.text());
                json.writeNumberField("startMs", w.startMs());
                json.writeNumberField("endMs", w.endMs());
                json.writeNumberField("confidence", Math.round(w.confidence() * 1000) / 1000.0);
                json.writeEndObject();
            }
            json.writeEndArray();
            TranscriptAlignment alignment = d.alignment();
            json.writeArrayFieldStart("reviewFlags");
            for (ReviewFlag flag : d.clean().reviewFlags()) {
                json.writeStartObject();
                json.writeNumberField("begin", flag.begin());
                json.writeNumberField("end", flag.end());
                json.writeStringField("reason", flag.reason());
                Optional<io.clinscribe.record.AudioRange> audio = alignment.audioOfWords(flag.firstWord(), flag.endWord());
                if (audio.isPresent()) {
                    json.writeNumberField("startMs", audio.get().startMillis());
                    json.writeNumberField("endMs", audio.get().endMillis());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }
}

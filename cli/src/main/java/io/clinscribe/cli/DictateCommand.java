package io.clinscribe.cli;

import io.clinscribe.batch.document.DictationDocuments;
import io.clinscribe.pipeline.ClinicalTextPipeline;
import io.clinscribe.speech.audio.AudioDecoder;
import io.clinscribe.speech.cleanup.DictationCleanup;
import io.clinscribe.speech.dictation.DictationPipeline;
import io.clinscribe.speech.dictation.SpeechEngines;
import io.clinscribe.speech.recognition.RecognitionException;
import java.io.PrintWriter;
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
        DictationCleanup cleanup = DictationCleanup.standard();
        DeliveryHandoff delivery = deliveryOptions.requested()
                ? DeliveryHandoff.open(deliveryOptions, spec.commandLine(), err) : null;
        int exit = 0;

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
            ClinicalTextPipeline text = transcriptOnly ? null : pipelineOptions.build();
            try {
                DictationDocuments dictations = new DictationDocuments(dictation, AudioDecoder.standard(),
                        Optional.ofNullable(text));
                ResultHandling results = new ResultHandling(output, delivery, err);
                InOrderProcessing.run(pipelineOptions.threads(), inputs, input -> input.spoken()
                                ? dictations.spokenText(input.id(), input.path()) : dictations.recording(input.id(), input.path()),
                        (input, result) -> results.accept("", result));
                exit = results.finish();
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
        return exit;
    }
}

package io.clinscribe.cli;

import io.clinscribe.pipeline.ClinicalTextPipeline;
import io.clinscribe.speech.audio.AudioDecoder;
import io.clinscribe.speech.audio.AudioInputException;
import io.clinscribe.speech.audio.PcmAudio;
import io.clinscribe.speech.cleanup.DictationCleanup;
import io.clinscribe.speech.dictation.Dictation;
import io.clinscribe.speech.dictation.DictationPipeline;
import io.clinscribe.speech.dictation.SpeechEngines;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code clinscribe bench dictation DIR}: where the time goes from recording to entries, on one thread:
 * decoding, recognition, clean-up and the text pipeline, as real-time factors (time over audio time).
 * Printed, never asserted.
 */
@Command(name = "dictation", mixinStandardHelpOptions = true,
        description = {"Measure dictation on the recordings in DIR (.wav, .flac, .mp3), one thread:",
                "cold start, and the real-time factor of decoding, recognition, clean-up and",
                "entry extraction, overall and per stage."})
final class DictationBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder of recordings.")
    Path folder;

    @Option(names = "--language-model", paramLabel = "MODEL", defaultValue = "clinical",
            description = "PocketSphinx language model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SpeechEngines.LanguageModel languageModel;

    @Option(names = "--vosk-model", paramLabel = "DIR", description = "Measure this Vosk model instead of PocketSphinx.")
    Path voskModel;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + folder);
        }
        List<Path> recordings;
        try (Stream<Path> files = Files.list(folder)) {
            recordings = files.filter(f -> f.toString().matches(".*\\.(wav|flac|mp3)$")).sorted().toList();
        }
        if (recordings.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no recordings in " + folder);
        }
        PrintWriter out = spec.commandLine().getOut();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        AudioDecoder decoder = AudioDecoder.standard();
        long decodeNanos = 0;
        long recogniseNanos = 0;
        long cleanNanos = 0;
        long extractNanos = 0;
        long audioMillis = 0;
        int failed = 0;
        try (SpeechEngines.Engine engine = SpeechEngines.fromEnvironment()
                .select(Optional.ofNullable(voskModel), languageModel, false);
             ClinicalTextPipeline text = ClinicalTextPipeline.builder().engines(1).build()) {
            DictationCleanup cleanup = DictationCleanup.standard();
            DictationPipeline pipeline = new DictationPipeline(Optional.of(engine.recognizer()), cleanup,
                    DictationPipeline.DEFAULT_LOW_CONFIDENCE);
            boolean first = true;
            for (Path recording : recordings) {
                try {
                    long t0 = System.nanoTime();
                    PcmAudio audio = decoder.decode(recording);
                    long t1 = System.nanoTime();
                    var recognition = engine.recognizer().recognize(audio);
                    long t2 = System.nanoTime();
                    var clean = cleanup.clean(recognition.spokenWords());
                    long t3 = System.nanoTime();
                    pipeline.extract(new Dictation(recording.getFileName().toString(), Optional.of(recognition),
                            recognition.spokenWords(), clean), text);
                    long t4 = System.nanoTime();
                    if (first) {
                        out.printf(Locale.ROOT, "cold start: first recording's entries %.2f s after JVM start (%s)%n",
                                (System.currentTimeMillis() - jvmStart) / 1e3, engine.recognizer().name());
                        first = false;
                    }
                    decodeNanos += t1 - t0;
                    recogniseNanos += t2 - t1;
                    cleanNanos += t3 - t2;
                    extractNanos += t4 - t3;
                    audioMillis += audio.durationMillis();
                } catch (AudioInputException | io.clinscribe.speech.recognition.RecognitionException e) {
                    failed++;
                    spec.commandLine().getErr().println("clinscribe: " + e.getMessage());
                }
            }
        }
        double audioNanos = audioMillis * 1e6;
        out.printf(Locale.ROOT, "%d recordings, %.1f s of audio, one thread%n", recordings.size() - failed, audioMillis / 1e3);
        out.printf(Locale.ROOT, "real-time factor, whole path: %.3f%n",
                (decodeNanos + recogniseNanos + cleanNanos + extractNanos) / audioNanos);
        out.printf(Locale.ROOT, "  decoding     %.4f%n  recognition  %.4f%n  clean-up     %.4f%n  entries      %.4f%n",
                decodeNanos / audioNanos, recogniseNanos / audioNanos, cleanNanos / audioNanos, extractNanos / audioNanos);
        if (failed > 0) {
            out.printf("failed: %d recordings%n", failed);
        }
        out.flush();
        return failed == 0 ? 0 : ClinscribeCommand.SOME_INPUTS_FAILED;
    }
}

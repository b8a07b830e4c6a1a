package io.clinscribe.cli;

import io.clinscribe.speech.audio.AudioDecoder;
import io.clinscribe.speech.cleanup.DictationCleanup;
import io.clinscribe.speech.cleanup.DictationCleanupEvaluation;
import io.clinscribe.speech.dictation.SpeechEngines;
import io.clinscribe.speech.evaluation.RecognitionEvaluation;
import io.clinscribe.speech.evaluation.ReferenceRecordings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code clinscribe eval dictation}: scores the clean-up stage on spoken/expected pairs, and recognition
 * (word error rate, real-time factor) on recordings with reference transcripts; with both, the whole
 * path from audio to clean text.
 */
@Command(name = "dictation", mixinStandardHelpOptions = true,
        description = {"Score dictation.",
                "PAIRS.tsv (id<TAB>spoken<TAB>expected, '\\n' for line breaks): the clean-up",
                "  stage's exact-match rate and character error rate.",
                "--audio DIR (transcripts.tsv plus ID.wav): the recogniser's word error rate",
                "  and real-time factor (one thread).",
                "Both: the clean text made from the audio is also scored against the",
                "  expected text of the same ids."})
final class DictationEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PAIRS.tsv", description = "Spoken/expected clean-up pairs.")
    Path pairs;

    @Option(names = "--audio", paramLabel = "DIR", description = "Recordings with transcripts.tsv to score recognition on.")
    Path audio;

    @Option(names = "--language-model", paramLabel = "MODEL", defaultValue = "clinical",
            description = "PocketSphinx language model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SpeechEngines.LanguageModel languageModel;

    @Option(names = "--vosk-model", paramLabel = "DIR", description = "Score this Vosk model instead of PocketSphinx.")
    Path voskModel;

    @Option(names = "--errors", description = "List every mismatch (clean-up) and every recording's words (recognition).")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        if (pairs == null && audio == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give PAIRS.tsv, --audio DIR, or both");
        }
        for (Path p : new Path[] {pairs, audio}) {
            if (p != null && !Files.exists(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "not found: " + p);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        DictationCleanup cleanup = DictationCleanup.standard();
        DictationCleanupEvaluation cleanupEvaluation = new DictationCleanupEvaluation(cleanup);
        List<DictationCleanupEvaluation.Pair> pairList = pairs == null ? List.of() : DictationCleanupEvaluation.readPairs(pairs);
        if (audio == null) {
            print(out, "clean-up", cleanupEvaluation.evaluate(pairList));
            out.flush();
            return 0;
        }
        List<ReferenceRecordings.Recording> recordings = ReferenceRecordings.read(audio);
        try (SpeechEngines.Engine engine = SpeechEngines.fromEnvironment()
                .select(Optional.ofNullable(voskModel), languageModel, false)) {
            RecognitionEvaluation.Report report = new RecognitionEvaluation(engine.recognizer(), AudioDecoder.standard())
                    .run(recordings);
            out.print(report.format(errors));
            if (!pairList.isEmpty()) {
                // The audio's clean text against the expected text of the same ids: recognition and clean-up together.
                Map<String, DictationCleanupEvaluation.Pair> byId = pairList.stream()
                        .collect(Collectors.toMap(DictationCleanupEvaluation.Pair::id, Function.identity(), (a, b) -> a));
                List<DictationCleanupEvaluation.Pair> heard = new ArrayList<>();
                for (RecognitionEvaluation.RecordingScore score : report.recordings()) {
                    DictationCleanupEvaluation.Pair expected = byId.get(score.id());
                    if (expected != null) {
                        heard.add(new DictationCleanupEvaluation.Pair(score.id(), score.hypothesis(), expected.expected()));
                    }
                }
                out.println();
                print(out, "audio to clean text", cleanupEvaluation.evaluate(heard));
            }
            out.flush();
            return report.failures() == 0 ? 0 : ClinscribeCommand.SOME_INPUTS_FAILED;
        }
    }

    private void print(PrintWriter out, String what, DictationCleanupEvaluation.Result result) {
        out.printf(Locale.ROOT, "%s: %d pairs%n  exact match %.1f%% (%d/%d)%n  character error rate %.2f%%%n", what,
                result.pairs(), 100 * result.exactMatchRate(), result.exactMatches(), result.pairs(),
                100 * result.characterErrorRate());
        if (errors) {
            for (DictationCleanupEvaluation.Mismatch m : result.mismatches()) {
                out.printf("%n%s (distance %d)%n  expected: %s%n  actual:   %s%n", m.id(), m.distance(),
                        DictationCleanupEvaluation.escape(m.expected()), DictationCleanupEvaluation.escape(m.actual()));
            }
        }
    }
}

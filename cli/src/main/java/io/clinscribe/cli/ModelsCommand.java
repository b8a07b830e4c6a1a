package io.clinscribe.cli;

import io.clinscribe.models.ModelCatalog;
import io.clinscribe.models.ModelStatus;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clinscribe models}: which models and terminologies are installed, where, under which licence. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = {"List the models and terminologies clinscribe uses: whether each is installed, where it",
                "was found, where it comes from, its licence, and how to install what is missing."})
final class ModelsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean requiredMissing = false;
        java.util.Optional<java.nio.file.Path> vosk;
        try {
            vosk = io.clinscribe.speech.dictation.SpeechEngines.fromEnvironment().voskModel(java.util.Optional.empty());
        } catch (io.clinscribe.speech.recognition.RecognitionException e) {
            spec.commandLine().getErr().println("clinscribe: " + e.getMessage());
            vosk = java.util.Optional.empty();
        }
        ModelCatalog catalog = ModelCatalog.standard().with(io.clinscribe.speech.dictation.SpeechModels.descriptors(vosk))
                .with(io.clinscribe.handwriting.ocr.OcrModels.descriptors());
        for (ModelStatus s : catalog.statuses()) {
            out.printf("%-26s %s%n", s.model().id(), s.installed() ? "installed"
                    : s.model().required() ? "MISSING" : "not installed (optional)");
            out.printf("  %s%n", s.model().description());
            out.printf("  source:  %s (%s)%n", s.model().source(), s.model().origin().name().toLowerCase().replace('_', ' '));
            out.printf("  licence: %s%n", s.model().licence());
            if (s.installed()) {
                out.printf("  found:   %s%n", s.foundAt().orElseThrow());
            } else {
                out.printf("  install: %s%n", s.model().installHint());
                requiredMissing |= s.model().required();
            }
        }
        out.flush();
        return requiredMissing ? ClinscribeCommand.SOME_INPUTS_FAILED : 0;
    }
}

package io.clinscribe.cli;

import io.clinscribe.batch.routing.MixedInputs;
import io.clinscribe.batch.routing.ProcessingSettings;
import io.clinscribe.speech.dictation.SpeechEngines;
import io.clinscribe.batch.run.BatchInput;
import io.clinscribe.batch.run.BatchInputs;
import io.clinscribe.batch.run.BatchRun;
import io.clinscribe.batch.run.ResultFiles;
import io.clinscribe.batch.run.RunProgress;
import io.clinscribe.batch.run.RunReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clinscribe batch}: a folder or manifest of mixed inputs in, one result each and a run report out. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Process a folder (recursively) or a manifest (one path a line, relative to it, '#' comments)",
                "of mixed inputs: notes, recordings, scans and ink, each routed by its content and name to what",
                "reads it, several at once. Writes one clinscribe.entries/v1 file per input into --out",
                "(notes/a.txt -> notes%%2Fa.txt.json) and a run report, clinscribe-run.json (its summary in",
                "clinscribe-run.txt): counts by kind, failures with their reasons, documents with entries to",
                "review, throughput.",
                "Run it again to finish an interrupted batch or retry failures: inputs whose result is there",
                "for the same bytes are skipped. Hidden files are left out."})
final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT_DIR|MANIFEST", description = "The folder of inputs, or a manifest file listing them.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where results and the run report go.")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "Inputs processed at once (default: the number of cores, fewer if memory holds fewer "
                    + "workers at about 1.2 GB each, or the Java heap at 32 MB each beyond 320 MB; JAVA_OPTS=-Xmx4g for more).")
    Integer threads;

    @Option(names = "--pos", description = "Run cTAKES's part-of-speech tagger on the text (slower; see README).")
    boolean partOfSpeech;

    @Option(names = "--vosk-model", paramLabel = "DIR", description = "Recognise recordings with this Vosk model directory.")
    Path voskModel;

    @Option(names = "--language-model", paramLabel = "MODEL", defaultValue = "clinical",
            description = "PocketSphinx language model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SpeechEngines.LanguageModel languageModel;

    @CommandLine.Mixin
    OcrOptions ocrOptions;

    @Option(names = "--template", paramLabel = "FORM.json",
            description = {"A paper form the scans may include (repeat for several): a scan whose printed anchors",
                    "(title, headings) read as this form's is read field by field; other scans as free pages."})
    List<Path> templates = List.of();

    @CommandLine.Mixin
    DeliveryOptions deliveryOptions;

    @Override
    public Integer call() throws Exception {
        int workers = threads == null ? BatchRun.defaultWorkers() : threads;
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (!Files.exists(input)) {
            throw new CommandLine.ParameterException(spec.commandLine(), input + ": no such folder or manifest");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<BatchInput> inputs;
        try {
            inputs = BatchInputs.of(input, out);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot list " + input + ": " + e.getMessage());
        }
        DeliveryHandoff delivery = deliveryOptions.requested()
                ? DeliveryHandoff.open(deliveryOptions, spec.commandLine(), err) : null;
        int delivered = 0;
        RunReport report;
        List<ProcessingSettings.FormTemplateText> forms = new ArrayList<>();
        for (Path template : templates) {
            try {
                forms.add(ProcessingSettings.FormTemplateText.read(template));
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--template " + e.getMessage());
            }
        }
        ProcessingSettings settings = new ProcessingSettings(partOfSpeech,
                voskModel == null ? "" : voskModel.toString(), languageModel,
                ocrOptions.layout.pageSegmentationMode(), !ocrOptions.noCorrection, !ocrOptions.noClinicalWords, forms);
        try (MixedInputs processor = new MixedInputs(workers, settings)) {
            BatchRun run = new BatchRun(processor, new ResultFiles(out), workers, Clock.systemUTC());
            RunProgress progress = RunProgress.to(err, inputs.size(), System.console() != null);
            report = run.run(input.toString(), inputs, progress,
                    delivery == null ? BatchRun.DocumentSink.NONE : delivery::accept);
            err.print(report.summary());
            err.flush();
            if (delivery != null) {
                delivered = delivery.deliver();
            }
        } finally {
            if (delivery != null) {
                delivery.close();
            }
        }
        err.flush();
        return report.failed() > 0 ? ClinscribeCommand.SOME_INPUTS_FAILED : delivered;
    }
}

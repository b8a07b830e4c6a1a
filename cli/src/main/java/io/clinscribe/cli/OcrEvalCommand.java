package io.clinscribe.cli;

import io.clinscribe.handwriting.evaluation.OcrEvaluation;
import io.clinscribe.handwriting.ocr.TesseractEnginePool;
import io.clinscribe.handwriting.ocr.TesseractSettings;
import io.clinscribe.handwriting.page.ScanReader;
import io.clinscribe.handwriting.scan.ScanPipeline;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clinscribe eval ocr DIR}: character and word error rates of OCR against reference text. */
@Command(name = "ocr", mixinStandardHelpOptions = true,
        description = {"Score OCR on DIR, one thread. Either scans with their reference text beside",
                "them (NAME.png + NAME.txt): character and word error rates; or a FUNSD-style",
                "folder (images/, annotations/ with word boxes): word accuracy and character",
                "error rate per reference word."})
final class OcrEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Scans with references.")
    Path folder;

    @Option(names = "--layout", paramLabel = "MODE", defaultValue = "auto",
            description = "Page layout: auto or sparse (forms). Default: ${DEFAULT-VALUE}.")
    String layout;

    @Option(names = "--no-correction", description = "Score OCR as read, without correction against the terminology.")
    boolean noCorrection;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + folder);
        }
        int mode = switch (layout.toLowerCase(Locale.ROOT)) {
            case "auto" -> TesseractSettings.AUTOMATIC_LAYOUT;
            case "sparse" -> TesseractSettings.SPARSE_TEXT;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--layout must be auto or sparse");
        };
        PrintWriter out = spec.commandLine().getOut();
        try (TesseractEnginePool engines = new TesseractEnginePool(TesseractSettings.standard().withPageSegmentationMode(mode), 1)) {
            OcrEvaluation.Report report = new OcrEvaluation(ScanReader.standard(),
                    new ScanPipeline(engines, io.clinscribe.handwriting.page.PagePreparation.standard(),
                            noCorrection ? java.util.Optional.empty() : java.util.Optional.of(
                                    new io.clinscribe.handwriting.correction.TerminologyCorrector(
                                            io.clinscribe.handwriting.correction.DrugVocabulary.load())),
                            ScanPipeline.DEFAULT_LOW_CONFIDENCE)).run(folder);
            out.print(report.format());
            out.flush();
            return report.failures().isEmpty() ? 0 : ClinscribeCommand.SOME_INPUTS_FAILED;
        }
    }
}

package io.clinscribe.cli;

import io.clinscribe.handwriting.evaluation.OcrEvaluation;
import io.clinscribe.handwriting.ocr.TesseractEnginePool;
import io.clinscribe.handwriting.page.PagePreparation;
import io.clinscribe.handwriting.page.ScanReader;
import io.clinscribe.handwriting.scan.ScanPipeline;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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

    @CommandLine.Mixin
    OcrOptions ocrOptions;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + folder);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (TesseractEnginePool engines = new TesseractEnginePool(ocrOptions.settings(true), 1)) {
            OcrEvaluation.Report report = new OcrEvaluation(ScanReader.standard(),
                    new ScanPipeline(engines, PagePreparation.standard(), ocrOptions.corrector(),
                            ScanPipeline.DEFAULT_LOW_CONFIDENCE)).run(folder);
            out.print(report.format());
            out.flush();
            return report.failures().isEmpty() ? 0 : ClinscribeCommand.SOME_INPUTS_FAILED;
        }
    }
}

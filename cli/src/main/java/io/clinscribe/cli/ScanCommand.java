package io.clinscribe.cli;

import io.clinscribe.batch.document.ScanDocuments;
import io.clinscribe.handwriting.form.FormEngines;
import io.clinscribe.handwriting.form.FormTemplate;
import io.clinscribe.handwriting.ocr.OcrException;
import io.clinscribe.handwriting.ocr.TesseractEnginePool;
import io.clinscribe.handwriting.page.PagePreparation;
import io.clinscribe.handwriting.page.ScanReader;
import io.clinscribe.handwriting.scan.ScanPipeline;
import io.clinscribe.pipeline.ClinicalTextPipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clinscribe scan}: page images and PDFs in, words with boxes and entries with page boxes out. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Read scanned or photographed notes (PNG, JPEG, TIFF, PDF) and smart-pen ink",
                "(W3C InkML, rendered for recognition) with Tesseract and",
                "extract coded entries, each with the page and box it was written in. Prints one",
                "clinscribe.entries/v1 document per file plus its 'pages' (size and words with",
                "boxes and confidences). A file that cannot be read gets a document with its",
                "problem; the others go on."})
final class ScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scans: PNG, JPEG, TIFF (all pages), PDF, or digital ink (.inkml).")
    List<Path> files;

    @Option(names = "--text-only", description = "Stop after OCR: print the text and the words, no entries.")
    boolean textOnly;

    @CommandLine.Mixin
    OcrOptions ocrOptions;

    @Option(names = "--template", paramLabel = "FORM.json",
            description = "Read each file as a filled copy of this paper form: field values with boxes, then entries.")
    Path templateFile;

    @Option(names = "--review-below", paramLabel = "CONFIDENCE", defaultValue = "" + ScanPipeline.DEFAULT_LOW_CONFIDENCE,
            description = "Mark entries for review when a word's OCR confidence (0-100) is below this (default: ${DEFAULT-VALUE}).")
    double reviewBelow;

    @CommandLine.Mixin
    OutputOptions outputOptions;

    @CommandLine.Mixin
    PipelineOptions pipelineOptions;

    @CommandLine.Mixin
    DeliveryOptions deliveryOptions;

    @Override
    public Integer call() throws Exception {
        if (!(reviewBelow >= 0 && reviewBelow <= 100)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--review-below must be between 0 and 100");
        }
        DocumentOutput output = outputOptions.open(spec.commandLine().getOut());
        Optional<FormTemplate> template = Optional.empty();
        if (templateFile != null) {
            try {
                template = Optional.of(FormTemplate.read(templateFile));
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        Optional<FormTemplate> form = template;
        int workers = pipelineOptions.threads();
        PrintWriter err = spec.commandLine().getErr();
        ScanReader reader = ScanReader.standard();
        DeliveryHandoff delivery = deliveryOptions.requested()
                ? DeliveryHandoff.open(deliveryOptions, spec.commandLine(), err) : null;
        int exit = 0;
        try (TesseractEnginePool engines = new TesseractEnginePool(ocrOptions.settings(form.isEmpty()), workers);
             FormEngines formEngines = new FormEngines(form.isPresent() ? workers : 1)) {
            // Forms are read field by field and never corrected, so they need no vocabulary.
            ScanPipeline pipeline = new ScanPipeline(engines, PagePreparation.standard(),
                    form.isPresent() ? Optional.empty() : ocrOptions.corrector(), reviewBelow);
            ClinicalTextPipeline text = textOnly ? null : pipelineOptions.build();
            try {
                ScanDocuments scans = new ScanDocuments(reader, pipeline,
                        form.map(t -> ScanDocuments.FilledForms.every(t, formEngines)), Optional.ofNullable(text));
                ResultHandling results = new ResultHandling(output, delivery, err);
                InOrderProcessing.run(workers, files, file -> scans.process(TextInputs.idOf(file), file),
                        (file, result) -> results.accept("", result));
                exit = results.finish();
            } finally {
                if (text != null) {
                    text.close();
                }
                if (delivery != null) {
                    delivery.close();
                }
            }
        } catch (OcrException e) {
            err.println("clinscribe: " + e.getMessage());
            err.flush();
            return ClinscribeCommand.SOME_INPUTS_FAILED;
        }
        err.flush();
        return exit;
    }
}

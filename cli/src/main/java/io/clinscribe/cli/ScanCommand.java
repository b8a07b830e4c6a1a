package io.clinscribe.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.clinscribe.handwriting.form.FieldReading;
import io.clinscribe.handwriting.form.FormEntries;
import io.clinscribe.handwriting.form.FormEngines;
import io.clinscribe.handwriting.form.FormReader;
import io.clinscribe.handwriting.form.FormTemplate;
import io.clinscribe.handwriting.ocr.OcrException;
import io.clinscribe.handwriting.ocr.OcrWord;
import io.clinscribe.handwriting.ocr.RecognizedPage;
import io.clinscribe.handwriting.ocr.TesseractEnginePool;
import io.clinscribe.handwriting.page.PagePreparation;
import io.clinscribe.handwriting.page.ScanInputException;
import io.clinscribe.handwriting.page.ScanPage;
import io.clinscribe.handwriting.page.ScanReader;
import io.clinscribe.handwriting.scan.ScanPipeline;
import io.clinscribe.handwriting.scan.ScannedDocument;
import io.clinscribe.pipeline.ClinicalTextPipeline;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.DocumentSource;
import io.clinscribe.record.ProcessingProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private record Result(ClinicalDocument document, Optional<ScannedDocument> scan, Optional<FormResult> form) {
        /** This result with the file it was read from; an unreadable file's document already says why. */
        Result withSourceFile(Path file) {
            try {
                DocumentSource.Kind kind = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".inkml") ? DocumentSource.Kind.INK : DocumentSource.Kind.SCAN;
                return new Result(document.withSource(DocumentSource.ofFile(kind, file)), scan, form);
            } catch (IOException e) {
                return this;
            }
        }

    }

    private record FormResult(String template, ScanPage page, List<FieldReading> fields) {
    }

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
        List<String> failures = new ArrayList<>();
        ScanReader reader = ScanReader.standard();
        DeliveryHandoff delivery = deliveryOptions.requested()
                ? DeliveryHandoff.open(deliveryOptions, spec.commandLine(), err) : null;
        int delivered = 0;
        try (TesseractEnginePool engines = new TesseractEnginePool(ocrOptions.settings(form.isEmpty()), workers);
             FormEngines formEngines = new FormEngines(form.isPresent() ? workers : 1)) {
            // Forms are read field by field and never corrected, so they need no vocabulary.
            ScanPipeline pipeline = new ScanPipeline(engines, PagePreparation.standard(),
                    form.isPresent() ? Optional.empty() : ocrOptions.corrector(), reviewBelow);
            FormReader formReader = formEngines.reader();
            ClinicalTextPipeline text = textOnly ? null : pipelineOptions.build();
            try {
                InOrderProcessing.run(workers, files, file -> (form.isPresent()
                        ? processForm(file, form.get(), reader, formReader, text)
                        : process(file, reader, pipeline, text)).withSourceFile(file), (file, result) -> {
                    if (result.document().failed()) {
                        failures.add(file.toString());
                        result.document().problems().stream()
                                .filter(p -> p.severity() == ProcessingProblem.Severity.ERROR)
                                .forEach(p -> err.println("clinscribe: " + p.message()));
                    }
                    output.emit(result.document(), json -> writePages(result, json));
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
        return failures.isEmpty() ? delivered : ClinscribeCommand.SOME_INPUTS_FAILED;
    }

    private static Result process(Path file, ScanReader reader, ScanPipeline pipeline, ClinicalTextPipeline text) {
        String id = TextInputs.idOf(file);
        try {
            ScannedDocument scan = pipeline.read(id, reader.read(file));
            if (text == null) {
                return new Result(new ClinicalDocument(id, scan.text().text(), List.of(), List.of(), List.of()), Optional.of(scan),
                        Optional.empty());
            }
            ScannedDocument extracted = pipeline.extract(scan, text);
            return new Result(extracted.document().orElseThrow(), Optional.of(extracted), Optional.empty());
        } catch (ScanInputException e) {
            return failed(id, "unreadable-scan", e.getMessage());
        } catch (OcrException e) {
            return failed(id, "ocr-failed", file + ": " + e.getMessage());
        }
    }

    /** A filled form: its first page read against the template, then entries from its fields. */
    private static Result processForm(Path file, FormTemplate template, ScanReader reader, FormReader formReader,
                                      ClinicalTextPipeline text) {
        String id = TextInputs.idOf(file);
        try {
            ScanPage page = reader.read(file).get(0);
            List<FieldReading> fields = formReader.read(template, page.number(), page.image());
            ClinicalDocument document = text == null
                    ? new ClinicalDocument(id, FormEntries.text(fields).text(), List.of(), List.of(), List.of())
                    : FormEntries.extract(id, fields, text);
            return new Result(document, Optional.empty(), Optional.of(new FormResult(template.name(), page, fields)));
        } catch (ScanInputException e) {
            return failed(id, "unreadable-scan", e.getMessage());
        } catch (OcrException e) {
            return failed(id, "ocr-failed", file + ": " + e.getMessage());
        }
    }

    private static Result failed(String id, String code, String message) {
        return new Result(ClinicalDocument.failed(id, ProcessingProblem.error(code, message)), Optional.empty(), Optional.empty());
    }

    private static void writePages(Result result, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("pages");
        if (result.scan().isPresent()) {
            for (RecognizedPage page : result.scan().get().pages()) {
                io.clinscribe.handwriting.ink.RenderedInk ink = result.scan().get().ink().get(page.number());
                json.writeStartObject();
                json.writeNumberField("page", page.number());
                json.writeNumberField("width", page.width());
                json.writeNumberField("height", page.height());
                json.writeStringField("source", ink != null ? "ink" : page.source() == RecognizedPage.Source.OCR ? "ocr" : "text-layer");
                json.writeArrayFieldStart("words");
                for (OcrWord w : page.words()) {
                    json.writeStartObject();
                    json.writeStringField("text", w.text());
                    json.writeArrayFieldStart("box");
                    json.writeNumber(w.x0());
                    json.writeNumber(w.y0());
                    json.writeNumber(w.x1());
                    json.writeNumber(w.y1());
                    json.writeEndArray();
                    json.writeNumberField("confidence", Math.round(w.confidence() * 10) / 10.0);
                    if (w.readAs().isPresent()) {
                        json.writeStringField("readAs", w.readAs().get()); // what OCR read before the correction
                    }
                    if (ink != null) {
                        // Digital ink: which strokes the word was written with, and when.
                        java.awt.Rectangle box = new java.awt.Rectangle(w.x0(), w.y0(), w.x1() - w.x0(), w.y1() - w.y0());
                        json.writeArrayFieldStart("strokes");
                        for (String stroke : ink.strokesIn(box)) {
                            json.writeString(stroke);
                        }
                        json.writeEndArray();
                        var time = ink.timeRange(box);
                        if (time.isPresent()) {
                            json.writeObjectFieldStart("inkTime");
                            json.writeNumberField("start", time.get().start());
                            json.writeNumberField("end", time.get().end());
                            json.writeStringField("basis", time.get().basis().name().toLowerCase(Locale.ROOT));
                            json.writeEndObject();
                        }
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        if (result.form().isPresent()) {
            FormResult form = result.form().get();
            json.writeObjectFieldStart("form");
            json.writeStringField("template", form.template());
            json.writeNumberField("width", form.page().image().getWidth());
            json.writeNumberField("height", form.page().image().getHeight());
            json.writeArrayFieldStart("fields");
            for (FieldReading f : form.fields()) {
                json.writeStartObject();
                json.writeStringField("name", f.field().name());
                if (f.value().isPresent()) {
                    json.writeStringField("value", f.value().get());
                } else {
                    json.writeNullField("value");
                }
                json.writeArrayFieldStart("box");
                json.writeNumber(f.box().x0());
                json.writeNumber(f.box().y0());
                json.writeNumber(f.box().x1());
                json.writeNumber(f.box().y1());
                json.writeEndArray();
                json.writeNumberField("confidence", Math.round(f.confidence() * 10) / 10.0);
                json.writeBooleanField("needsReview", f.needsReview());
                json.writeArrayFieldStart("reviewReasons");
                for (String reason : f.reviewReasons()) {
                    json.writeString(reason);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}

package io.clinscribe.batch.document;

import io.clinscribe.batch.routing.InputKind;
import io.clinscribe.handwriting.form.FieldReading;
import io.clinscribe.handwriting.form.FormEntries;
import io.clinscribe.handwriting.form.FormEngines;
import io.clinscribe.handwriting.form.FormMatch;
import io.clinscribe.handwriting.form.FormReader;
import io.clinscribe.handwriting.form.FormRecognition;
import io.clinscribe.handwriting.form.FormTemplate;
import io.clinscribe.handwriting.ocr.OcrException;
import io.clinscribe.handwriting.page.ScanInputException;
import io.clinscribe.handwriting.page.ScanPage;
import io.clinscribe.handwriting.page.ScanPages;
import io.clinscribe.handwriting.page.ScanReader;
import io.clinscribe.handwriting.scan.ScanPipeline;
import io.clinscribe.handwriting.scan.ScannedDocument;
import io.clinscribe.pipeline.ClinicalTextPipeline;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.DocumentSource;
import io.clinscribe.record.ProcessingProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scans and ink: pages read (OCR, a PDF's text layer, rendered ink) -> entries with the page box each was
 * written in, and the {@code pages} fields; or, given a form template, the fields of a filled paper form
 * -> entries, and the {@code form} fields. Without a text pipeline it stops after reading (text only).
 * Never throws for a bad input: the document carries the problem. Thread-safe as its engines are.
 */
public final class ScanDocuments {

    /**
     * Paper forms among the scans: which form a file's first page is, if any, and the reader of its fields.
     * A file recognised as no form is read as free pages.
     */
    public record FilledForms(FormRecognition recognition, FormReader reader) {

        /** Every file is a filled copy of this form (the person who gave them said so). */
        public static FilledForms every(FormTemplate template, FormEngines engines) {
            return new FilledForms(engines.asserted(template), engines.reader());
        }

        /** A file is the form among these its printed anchors say it is, or free pages. */
        public static FilledForms among(List<FormTemplate> templates, FormEngines engines) {
            return new FilledForms(engines.recognition(templates), engines.reader());
        }
    }

    private final ScanReader reader;
    private final ScanPipeline pipeline;
    private final Optional<FilledForms> forms;
    private final Optional<ClinicalTextPipeline> text;

    /**
     * @param forms the paper forms to read as forms instead of as free pages
     * @param text  the text pipeline for entries; empty to stop after reading
     */
    public ScanDocuments(ScanReader reader, ScanPipeline pipeline, Optional<FilledForms> forms,
                         Optional<ClinicalTextPipeline> text) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.forms = Objects.requireNonNull(forms, "forms");
        this.text = Objects.requireNonNull(text, "text");
    }

    /** A scan (PNG, JPEG, TIFF, PDF) or digital ink (InkML), recorded as ink when its content is InkML. */
    public ProcessedDocument process(String id, Path file) {
        ProcessedDocument result = read(id, file);
        try {
            DocumentSource.Kind kind = InputKind.of(file) == InputKind.INK ? DocumentSource.Kind.INK : DocumentSource.Kind.SCAN;
            return new ProcessedDocument(result.document().withSource(DocumentSource.ofFile(kind, file)), result.extraFields());
        } catch (IOException e) {
            return result; // unreadable: the document already carries that problem
        }
    }

    private ProcessedDocument read(String id, Path file) {
        try (ScanPages pages = reader.open(file)) {
            if (forms.isPresent()) {
                ScanPage first = pages.page(0);
                Optional<FormMatch> form = forms.get().recognition().formOf(first.image());
                if (form.isPresent()) {
                    return form(id, file, first, pages.count(), form.get(), forms.get().reader());
                }
            }
            return pages(id, pages);
        } catch (ScanInputException e) {
            return failed(id, "unreadable-scan", e.getMessage());
        } catch (OcrException e) {
            return failed(id, "ocr-failed", file + ": " + e.getMessage());
        }
    }

    private ProcessedDocument pages(String id, ScanPages pages) throws OcrException, ScanInputException {
        ScannedDocument scan = pipeline.read(id, pages);
        if (text.isEmpty()) {
            return new ProcessedDocument(new ClinicalDocument(id, scan.text().text(), List.of(), List.of(), List.of()),
                    new ScanJson(Optional.of(scan), Optional.empty()));
        }
        ScannedDocument extracted = pipeline.extract(scan, text.get());
        return new ProcessedDocument(extracted.document().orElseThrow(), new ScanJson(Optional.of(extracted), Optional.empty()));
    }

    /** A filled form: its first page read against the template, then entries from its fields. */
    private ProcessedDocument form(String id, Path file, ScanPage page, int pageCount, FormMatch match,
                                   FormReader formReader) throws OcrException {
        FormTemplate template = match.form();
        List<FieldReading> fields = formReader.read(match, page.number(), page.image());
        if (fields.stream().allMatch(FieldReading::blank)) {
            return failed(id, "blank-form", file + ": nothing is written or ticked on this copy of form " + template.name());
        }
        ClinicalDocument document = text.isEmpty()
                ? new ClinicalDocument(id, FormEntries.text(fields).text(), List.of(), List.of(), List.of())
                : FormEntries.extract(id, fields, text.get());
        if (pageCount > 1) {
            // A template describes one page; the others are not read, and the reader must know.
            document = document.withProblem(ProcessingProblem.warning("form-pages-not-read", "pages 2-" + pageCount
                    + " of this scan were not read: form " + template.name() + " has one page"));
        }
        return new ProcessedDocument(document, new ScanJson(Optional.empty(),
                Optional.of(new ScanJson.FormReading(template.name(), page, fields))));
    }

    /** The document of a scan that could not be read: its problem and empty {@code pages}. */
    public static ProcessedDocument failed(String id, String code, String message) {
        return new ProcessedDocument(ClinicalDocument.failed(id, ProcessingProblem.error(code, message)),
                new ScanJson(Optional.empty(), Optional.empty()));
    }
}

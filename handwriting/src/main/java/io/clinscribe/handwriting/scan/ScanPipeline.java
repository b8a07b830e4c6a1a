package io.clinscribe.handwriting.scan;

import io.clinscribe.handwriting.ocr.OcrException;
import io.clinscribe.handwriting.ocr.OcrWord;
import io.clinscribe.handwriting.ocr.RecognizedPage;
import io.clinscribe.handwriting.ocr.TesseractEnginePool;
import io.clinscribe.handwriting.page.PagePreparation;
import io.clinscribe.handwriting.page.ScanInputException;
import io.clinscribe.handwriting.page.ScanPage;
import io.clinscribe.handwriting.page.ScanPages;
import io.clinscribe.pipeline.ClinicalTextPipeline;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.Entry;
import io.clinscribe.record.Mention;
import io.clinscribe.record.PageRegion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Scans end to end: pages -> words (a PDF's own text layer where it has one, Tesseract otherwise) -> text
 * -> the text pipeline's entries, each given the page and box its words were read from. An entry with a
 * word Tesseract was unsure of is kept and marked for review. Thread-safe: pages borrow engines from the pool.
 */
public final class ScanPipeline {

    /**
     * Below this Tesseract word confidence (0-100) an entry is marked for review. Tesseract's mean is about
     * 92 on right words and 66 on wrong ones (measured on FUNSD forms).
     */
    public static final double DEFAULT_LOW_CONFIDENCE = 75;

    static final String LOW_CONFIDENCE_REASON = "low OCR confidence";
    static final String CORRECTED_REASON = "OCR word corrected against the terminology";

    private final TesseractEnginePool engines;
    private final PagePreparation preparation;
    private final Optional<io.clinscribe.handwriting.correction.TerminologyCorrector> corrector;
    private final double lowConfidence;

    /** OCR as read, no correction against the terminology. */
    public ScanPipeline(TesseractEnginePool engines, double lowConfidence) {
        this(engines, PagePreparation.standard(), Optional.empty(), lowConfidence);
    }

    public ScanPipeline(TesseractEnginePool engines, PagePreparation preparation,
                        Optional<io.clinscribe.handwriting.correction.TerminologyCorrector> corrector, double lowConfidence) {
        this.engines = Objects.requireNonNull(engines, "engines");
        this.preparation = Objects.requireNonNull(preparation, "preparation");
        this.corrector = Objects.requireNonNull(corrector, "corrector");
        if (!(lowConfidence >= 0 && lowConfidence <= 100)) {
            throw new IllegalArgumentException("lowConfidence must be within 0..100");
        }
        this.lowConfidence = lowConfidence;
    }

    /** Reads the words of every page. */
    public ScannedDocument read(String id, List<ScanPage> pages) throws OcrException {
        try {
            return read(id, ScanPages.of(pages));
        } catch (ScanInputException e) {
            throw new IllegalStateException("pages in memory cannot fail to decode", e);
        }
    }

    /** Reads the words of every page, one page in memory at a time. */
    public ScannedDocument read(String id, ScanPages pages) throws OcrException, ScanInputException {
        List<RecognizedPage> recognized = new ArrayList<>(pages.count());
        java.util.Map<Integer, io.clinscribe.handwriting.ink.RenderedInk> ink = new java.util.HashMap<>();
        for (int i = 0; i < pages.count(); i++) {
            ScanPage page = pages.page(i);
            recognized.add(page.textLayer().isPresent() ? page.textLayer().get() : ocr(page));
            page.ink().ifPresent(rendered -> ink.put(page.number(), rendered));
        }
        return new ScannedDocument(id, recognized, ScanText.of(recognized), Optional.empty(), ink);
    }

    /** Reads a page with Tesseract, its boxes given in pixels of the input image whatever the preparation did. */
    private RecognizedPage ocr(ScanPage page) throws OcrException {
        PagePreparation.Prepared prepared = preparation.prepare(page.image(), page.verticalStretch());
        RecognizedPage read = engines.read(page.number(), prepared.image());
        if (corrector.isPresent()) {
            read = new RecognizedPage(read.number(), read.width(), read.height(), corrector.get().correct(read.words()),
                    read.source());
        }
        if (prepared.scale() == 1 && prepared.rotationDegrees() == 0 && prepared.verticalStretch() == 1) {
            return read;
        }
        List<OcrWord> words = new ArrayList<>(read.words().size());
        for (OcrWord w : read.words()) {
            int[] box = prepared.toInput(w.x0(), w.y0(), w.x1(), w.y1());
            words.add(new OcrWord(w.text(), box[0], box[1], box[2], box[3], w.confidence(), w.block(), w.paragraph(),
                    w.line(), w.readAs()));
        }
        return new RecognizedPage(page.number(), page.image().getWidth(), page.image().getHeight(), words,
                RecognizedPage.Source.OCR);
    }

    /** Runs the text pipeline on the scan's text and ties each entry to its page box. */
    public ScannedDocument extract(ScannedDocument scan, ClinicalTextPipeline textPipeline) {
        ClinicalDocument text = textPipeline.process(scan.id(), scan.text().text());
        List<Entry> entries = new ArrayList<>(text.entries().size());
        for (Entry entry : text.entries()) {
            Mention mention = entry.mention();
            Optional<PageRegion> region = scan.text().region(mention.span());
            if (region.isPresent()) {
                mention = mention.withProvenance(mention.provenance().withPage(region.get()));
            }
            OptionalDouble lowest = scan.text().lowestConfidence(mention.span());
            if (lowest.isPresent() && lowest.getAsDouble() < lowConfidence) {
                mention = mention.withReviewReason(LOW_CONFIDENCE_REASON)
                        .withConfidence(Math.min(mention.confidence(), lowest.getAsDouble() / 100));
            }
            if (scan.text().wordsIn(mention.span()).stream().anyMatch(w -> w.word().readAs().isPresent())) {
                mention = mention.withReviewReason(CORRECTED_REASON);
            }
            entries.add(entry.withMention(mention));
        }
        ClinicalDocument document = new ClinicalDocument(text.id(), text.text(), text.sections(), entries, text.problems());
        return new ScannedDocument(scan.id(), scan.pages(), scan.text(), Optional.of(document), scan.ink());
    }
}

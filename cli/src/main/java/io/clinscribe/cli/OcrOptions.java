package io.clinscribe.cli;

import io.clinscribe.handwriting.correction.DrugVocabulary;
import io.clinscribe.handwriting.correction.TerminologyCorrector;
import io.clinscribe.handwriting.ocr.TesseractSettings;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How pages are read, shared by {@code scan} and {@code eval ocr} so a score measures what a scan does. */
final class OcrOptions {

    /** Tesseract's page layout analysis, in the words of the person scanning. */
    enum PageLayout {
        AUTO(TesseractSettings.AUTOMATIC_LAYOUT), SPARSE(TesseractSettings.SPARSE_TEXT);

        final int pageSegmentationMode;

        PageLayout(int pageSegmentationMode) {
            this.pageSegmentationMode = pageSegmentationMode;
        }
    }

    @Option(names = "--layout", paramLabel = "MODE", defaultValue = "auto",
            description = "Page layout: auto (notes and letters) or sparse (forms, scattered text). Default: ${DEFAULT-VALUE}.")
    PageLayout layout;

    @Option(names = "--no-correction",
            description = "Keep OCR words as read: no correction of near-miss drug names against the terminology.")
    boolean noCorrection;

    TesseractSettings settings() {
        return TesseractSettings.standard().withPageSegmentationMode(layout.pageSegmentationMode);
    }

    /** The terminology corrector (its vocabulary loads in about half a second), unless turned off. */
    Optional<TerminologyCorrector> corrector() {
        return noCorrection ? Optional.empty() : Optional.of(new TerminologyCorrector(DrugVocabulary.load()));
    }
}

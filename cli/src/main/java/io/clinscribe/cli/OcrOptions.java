package io.clinscribe.cli;

import io.clinscribe.handwriting.correction.ClinicalVocabulary;
import io.clinscribe.handwriting.correction.DrugVocabulary;
import io.clinscribe.handwriting.correction.TerminologyCorrector;
import io.clinscribe.handwriting.ocr.PageLayout;
import io.clinscribe.handwriting.ocr.TesseractSettings;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How pages are read, shared by {@code scan} and {@code eval ocr} so a score measures what a scan does. */
final class OcrOptions {

    @Option(names = "--layout", paramLabel = "MODE", defaultValue = "auto",
            description = "Page layout: auto (notes and letters) or sparse (forms, scattered text). Default: ${DEFAULT-VALUE}.")
    PageLayout layout;

    @Option(names = "--no-correction",
            description = "Keep OCR words as read: no correction of near-miss drug names against the terminology.")
    boolean noCorrection;

    @Option(names = "--no-clinical-words",
            description = "Do not give Tesseract the clinical vocabulary (drug, problem, unit and sig words, dose patterns).")
    boolean noClinicalWords;

    private DrugVocabulary drugs;

    /** Page settings; with the clinical vocabulary unless turned off or not {@code wanted} (forms read fields). */
    TesseractSettings settings(boolean wanted) {
        TesseractSettings settings = TesseractSettings.standard().withPageSegmentationMode(layout.pageSegmentationMode());
        return wanted && !noClinicalWords ? settings.withVocabulary(ClinicalVocabulary.load(drugs())) : settings;
    }

    /** The terminology corrector, unless turned off; it shares the drug list with the vocabulary. */
    Optional<TerminologyCorrector> corrector() {
        return noCorrection ? Optional.empty() : Optional.of(new TerminologyCorrector(drugs()));
    }

    /** Loaded once (about half a second) for both the vocabulary and the corrector. */
    private DrugVocabulary drugs() {
        if (drugs == null) {
            drugs = DrugVocabulary.load();
        }
        return drugs;
    }
}

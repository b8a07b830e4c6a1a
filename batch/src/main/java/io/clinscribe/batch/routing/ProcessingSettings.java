package io.clinscribe.batch.routing;

import io.clinscribe.handwriting.ocr.TesseractSettings;
import io.clinscribe.speech.dictation.SpeechEngines;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * How a batch reads its inputs, the choices the single-input commands offer as options: the text pipeline's
 * part-of-speech tagging, the speech engine, and the OCR layout, correction and clinical vocabulary.
 * Serializable, so a Spark job can send it to its executors.
 *
 * @param voskModel a Vosk model directory, or blank for the configured one (environment, properties) or PocketSphinx;
 *                  a String, not an Optional, so that the settings serialise
 * @param pageLayout Tesseract's page segmentation mode for scans ({@link TesseractSettings#AUTOMATIC_LAYOUT} or
 *                   {@link TesseractSettings#SPARSE_TEXT})
 */
public record ProcessingSettings(boolean partOfSpeech, String voskModel,
                                 SpeechEngines.LanguageModel languageModel, int pageLayout,
                                 boolean terminologyCorrection, boolean clinicalWords) implements Serializable {

    public ProcessingSettings {
        voskModel = voskModel == null ? "" : voskModel.strip();
        Objects.requireNonNull(languageModel, "languageModel");
        if (pageLayout != TesseractSettings.AUTOMATIC_LAYOUT && pageLayout != TesseractSettings.SPARSE_TEXT) {
            throw new IllegalArgumentException("page layout must be automatic or sparse text: " + pageLayout);
        }
    }

    /** The Vosk model directory asked for, if any. */
    public Optional<java.nio.file.Path> voskModelDirectory() {
        return voskModel.isEmpty() ? Optional.empty() : Optional.of(java.nio.file.Path.of(voskModel));
    }

    /** What the {@code text}, {@code dictate} and {@code scan} commands do without options. */
    public static ProcessingSettings defaults() {
        return new ProcessingSettings(false, "", SpeechEngines.LanguageModel.CLINICAL,
                TesseractSettings.AUTOMATIC_LAYOUT, true, true);
    }
}

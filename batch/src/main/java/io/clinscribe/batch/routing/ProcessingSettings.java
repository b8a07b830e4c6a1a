package io.clinscribe.batch.routing;

import io.clinscribe.handwriting.ocr.TesseractSettings;
import io.clinscribe.speech.dictation.SpeechEngines;
import io.clinscribe.handwriting.form.AnchorRecognition;
import io.clinscribe.handwriting.form.FormTemplate;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a batch reads its inputs, the choices the single-input commands offer as options: the text pipeline's
 * part-of-speech tagging, the speech engine, the OCR layout, correction and clinical vocabulary, and the
 * paper forms to recognise among the scans. Serializable, so a Spark job can send it to its executors.
 *
 * @param voskModel a Vosk model directory, or blank for the configured one (environment, properties) or PocketSphinx;
 *                  a String, not an Optional, so that the settings serialise
 * @param pageLayout Tesseract's page segmentation mode for scans ({@link TesseractSettings#AUTOMATIC_LAYOUT} or
 *                   {@link TesseractSettings#SPARSE_TEXT})
 * @param forms the paper forms a scan may be ({@link AnchorRecognition}: a scan recognised as one is read field by
 *              field, any other as free pages); their templates' text, which travels where a file might not
 */
public record ProcessingSettings(boolean partOfSpeech, String voskModel,
                                 SpeechEngines.LanguageModel languageModel, int pageLayout,
                                 boolean terminologyCorrection, boolean clinicalWords,
                                 List<FormTemplateText> forms) implements Serializable {

    /** A form template's JSON, and the file it was read from (for messages). */
    public record FormTemplateText(String file, String json) implements Serializable {

        public FormTemplateText {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(json, "json");
        }

        /** Reads a template file, checking that it is a template a scan can be recognised as. */
        public static FormTemplateText read(Path file) throws IOException {
            return of(file.toString(), FormTemplate.text(file));
        }

        /**
         * A template's text read from {@code file} (wherever that is: a Spark job reads it from any Hadoop file
         * system), checked as {@link #read} checks it.
         */
        public static FormTemplateText of(String file, String json) throws IOException {
            FormTemplateText text = new FormTemplateText(file, json);
            FormTemplate template = text.template();
            if (!AnchorRecognition.recognisable(template)) {
                throw new IOException(file + ": form " + template.name() + " has neither printed anchors nor "
                        + "registration marks, so its scans cannot be told from other pages");
            }
            return text;
        }

        public FormTemplate template() throws IOException {
            return FormTemplate.parse(json, file);
        }
    }

    /** Settings without paper forms. */
    public ProcessingSettings(boolean partOfSpeech, String voskModel, SpeechEngines.LanguageModel languageModel,
                              int pageLayout, boolean terminologyCorrection, boolean clinicalWords) {
        this(partOfSpeech, voskModel, languageModel, pageLayout, terminologyCorrection, clinicalWords, List.of());
    }

    public ProcessingSettings {
        forms = List.copyOf(forms);
        voskModel = voskModel == null ? "" : voskModel.strip();
        Objects.requireNonNull(languageModel, "languageModel");
        if (pageLayout != TesseractSettings.AUTOMATIC_LAYOUT && pageLayout != TesseractSettings.SPARSE_TEXT) {
            throw new IllegalArgumentException("page layout must be automatic or sparse text: " + pageLayout);
        }
    }

    /** The Vosk model directory asked for, if any. */
    public Optional<Path> voskModelDirectory() {
        return voskModel.isEmpty() ? Optional.empty() : Optional.of(Path.of(voskModel));
    }

    /** These settings, recognising these paper forms among the scans. */
    public ProcessingSettings withForms(List<FormTemplateText> paperForms) {
        return new ProcessingSettings(partOfSpeech, voskModel, languageModel, pageLayout, terminologyCorrection,
                clinicalWords, paperForms);
    }

    /** What the {@code text}, {@code dictate} and {@code scan} commands do without options. */
    public static ProcessingSettings defaults() {
        return new ProcessingSettings(false, "", SpeechEngines.LanguageModel.CLINICAL,
                TesseractSettings.AUTOMATIC_LAYOUT, true, true);
    }
}

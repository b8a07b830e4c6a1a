package io.clinscribe.batch.routing;

import io.clinscribe.batch.document.DictationDocuments;
import io.clinscribe.batch.document.ProcessedDocument;
import io.clinscribe.batch.document.ScanDocuments;
import io.clinscribe.batch.document.TextDocuments;
import io.clinscribe.handwriting.correction.ClinicalVocabulary;
import io.clinscribe.handwriting.correction.DrugVocabulary;
import io.clinscribe.handwriting.correction.TerminologyCorrector;
import io.clinscribe.handwriting.form.FormEngines;
import io.clinscribe.handwriting.form.FormTemplate;
import io.clinscribe.handwriting.ocr.OcrException;
import io.clinscribe.handwriting.ocr.TesseractEnginePool;
import io.clinscribe.handwriting.ocr.TesseractSettings;
import io.clinscribe.handwriting.page.PagePreparation;
import io.clinscribe.handwriting.page.ScanReader;
import io.clinscribe.handwriting.scan.ScanPipeline;
import io.clinscribe.pipeline.ClinicalTextPipeline;
import io.clinscribe.pipeline.TextInputDecoder;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.ProcessingProblem;
import io.clinscribe.speech.audio.AudioDecoder;
import io.clinscribe.speech.cleanup.DictationCleanup;
import io.clinscribe.speech.dictation.DictationPipeline;
import io.clinscribe.speech.dictation.SpeechEngines;
import io.clinscribe.speech.recognition.RecognitionException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every kind of input, each routed to the capability that reads it, with the settings the {@code text},
 * {@code dictate} and {@code scan} commands use by default. Make one per JVM (a local batch, a Spark
 * executor) sized for its worker threads and share it: each capability's models are loaded on the first
 * input that needs them, once (a folder of notes never loads the recogniser or Tesseract), and engines
 * are pooled, one per worker. Never throws for a bad input; close it to free the native engines.
 */
public final class MixedInputs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MixedInputs.class);

    private final int workers;
    private final ProcessingSettings settings;
    private final Object textLock = new Object();
    private final Object speechLock = new Object();
    private final Object scanLock = new Object();
    private volatile ClinicalTextPipeline textPipeline;
    private volatile TextDocuments text;
    private volatile DictationDocuments dictation;
    private Optional<SpeechEngines.Engine> speechEngine = Optional.empty();
    private volatile ScanDocuments scans;
    private volatile String scanProblem;
    private TesseractEnginePool ocrEngines;
    private FormEngines formEngines;

    /** @param workers how many threads will process documents at once: the engines each capability pools */
    public MixedInputs(int workers) {
        this(workers, ProcessingSettings.defaults());
    }

    public MixedInputs(int workers, ProcessingSettings settings) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        this.workers = workers;
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
    }

    /** Processes a file of whatever kind its content and name say it is. */
    public ProcessedDocument process(String id, Path file) {
        return process(id, file, InputKind.of(file));
    }

    /** Processes a file already routed to {@code kind}. */
    public ProcessedDocument process(String id, Path file, InputKind kind) {
        return switch (kind) {
            case TEXT -> text().file(id, file.toString(), file);
            case AUDIO -> dictation().recording(id, file);
            case SCAN, INK -> {
                ScanDocuments reader = scans();
                yield reader != null ? reader.process(id, file) : ScanDocuments.failed(id, "ocr-unavailable", file + ": " + scanProblem);
            }
            case UNSUPPORTED -> ProcessedDocument.of(ClinicalDocument.failed(id, ProcessingProblem.error("unsupported-input",
                    file + ": binary content that is not text, audio (WAV, FLAC, MP3), a scan (PNG, JPEG, TIFF, PDF) or ink (InkML)")));
        };
    }

    private ClinicalTextPipeline textPipeline() {
        ClinicalTextPipeline loaded = textPipeline;
        if (loaded == null) {
            synchronized (textLock) {
                if (textPipeline == null) {
                    textPipeline = ClinicalTextPipeline.builder().engines(workers)
                            .partOfSpeechTagging(settings.partOfSpeech()).build();
                }
                loaded = textPipeline;
            }
        }
        return loaded;
    }

    private TextDocuments text() {
        TextDocuments loaded = text;
        if (loaded == null) {
            ClinicalTextPipeline pipeline = textPipeline();
            synchronized (textLock) {
                if (text == null) {
                    text = new TextDocuments(pipeline, new TextInputDecoder(TextInputDecoder.DEFAULT_MAX_BYTES));
                }
                loaded = text;
            }
        }
        return loaded;
    }

    private DictationDocuments dictation() {
        DictationDocuments loaded = dictation;
        if (loaded == null) {
            ClinicalTextPipeline pipeline = textPipeline();
            synchronized (speechLock) {
                if (dictation == null) {
                    try {
                        speechEngine = Optional.of(SpeechEngines.fromEnvironment().select(
                                settings.voskModelDirectory(), settings.languageModel(), false));
                    } catch (RecognitionException e) {
                        // every recording fails with "no speech recogniser"; the other kinds go on
                        LOG.warn("recordings cannot be transcribed: {}", e.getMessage());
                    }
                    dictation = new DictationDocuments(new DictationPipeline(
                            speechEngine.map(SpeechEngines.Engine::recognizer), DictationCleanup.standard(),
                            DictationPipeline.DEFAULT_LOW_CONFIDENCE), AudioDecoder.standard(), Optional.of(pipeline));
                }
                loaded = dictation;
            }
        }
        return loaded;
    }

    /** The scan reader, or null when Tesseract cannot be started ({@link #scanProblem} says why). */
    private ScanDocuments scans() {
        ScanDocuments loaded = scans;
        if (loaded == null && scanProblem == null) {
            ClinicalTextPipeline pipeline = textPipeline();
            synchronized (scanLock) {
                if (scans == null && scanProblem == null) {
                    DrugVocabulary drugs = settings.terminologyCorrection() || settings.clinicalWords()
                            ? DrugVocabulary.load() : null;
                    try {
                        TesseractSettings ocr = TesseractSettings.standard().withPageSegmentationMode(settings.pageLayout());
                        ocrEngines = new TesseractEnginePool(settings.clinicalWords()
                                ? ocr.withVocabulary(ClinicalVocabulary.load(drugs)) : ocr, workers);
                        Optional<ScanDocuments.FilledForms> forms = Optional.empty();
                        if (!settings.forms().isEmpty()) {
                            List<FormTemplate> templates = new ArrayList<>();
                            for (ProcessingSettings.FormTemplateText form : settings.forms()) {
                                templates.add(form.template());
                            }
                            formEngines = new FormEngines(workers);
                            forms = Optional.of(ScanDocuments.FilledForms.among(templates, formEngines));
                        }
                        scans = new ScanDocuments(ScanReader.standard(), new ScanPipeline(ocrEngines, PagePreparation.standard(),
                                settings.terminologyCorrection() ? Optional.of(new TerminologyCorrector(drugs)) : Optional.empty(),
                                ScanPipeline.DEFAULT_LOW_CONFIDENCE), forms, Optional.of(pipeline));
                    } catch (IOException | IllegalArgumentException e) {
                        scanProblem = "a form template cannot be used: " + e.getMessage();
                        LOG.warn("scans cannot be read: {}", e.getMessage());
                    } catch (OcrException e) {
                        scanProblem = "OCR is not available: " + e.getMessage();
                        LOG.warn("scans cannot be read: {}", e.getMessage());
                    }
                }
                loaded = scans;
            }
        }
        return loaded;
    }

    @Override
    public void close() {
        synchronized (scanLock) {
            if (ocrEngines != null) {
                ocrEngines.close();
            }
            if (formEngines != null) {
                formEngines.close();
            }
        }
        synchronized (speechLock) {
            speechEngine.ifPresent(SpeechEngines.Engine::close);
        }
        synchronized (textLock) {
            if (textPipeline != null) {
                textPipeline.close();
            }
        }
    }
}

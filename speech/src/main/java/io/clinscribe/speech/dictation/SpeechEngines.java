package io.clinscribe.speech.dictation;

import io.clinscribe.speech.languagemodel.ClinicalLanguageModel;
import io.clinscribe.speech.pocketsphinx.PocketSphinxModel;
import io.clinscribe.speech.pocketsphinx.PocketSphinxRecognizer;
import io.clinscribe.speech.recognition.RecognitionException;
import io.clinscribe.speech.recognition.SpeechRecognizer;
import io.clinscribe.speech.vosk.VoskRecognizer;
import io.clinscribe.speech.vosk.VoskSpeechModel;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Chooses the recogniser: Vosk when a model directory is given (option, then the
 * {@value #VOSK_MODEL_VARIABLE} environment variable, then {@code vosk.model} in the user's
 * {@code clinscribe.properties}), otherwise the embedded PocketSphinx with the clinical or the general
 * language model.
 */
public final class SpeechEngines {

    public static final String VOSK_MODEL_VARIABLE = "CLINSCRIBE_VOSK_MODEL";
    public static final String VOSK_MODEL_PROPERTY = "vosk.model";

    /** Which language model PocketSphinx decodes with. */
    /**
     * Which language model PocketSphinx decodes with: the project's clinical dictation model (default), or
     * Debian's general US English model, better for speech that is not clinical dictation.
     */
    public enum LanguageModel { CLINICAL, GENERAL }

    /** A chosen recogniser, and the native model to close when done with it (Vosk's). */
    public record Engine(SpeechRecognizer recognizer, Optional<VoskSpeechModel> voskModel, String origin)
            implements AutoCloseable {
        @Override
        public void close() {
            voskModel.ifPresent(VoskSpeechModel::close);
        }
    }

    private final Map<String, String> environment;
    private final Path configFile;

    public SpeechEngines(Map<String, String> environment, Path configFile) {
        this.environment = Map.copyOf(environment);
        this.configFile = configFile;
    }

    /** Reads the process environment and {@code $XDG_CONFIG_HOME/clinscribe/clinscribe.properties} (or ~/.config). */
    public static SpeechEngines fromEnvironment() {
        Map<String, String> env = System.getenv();
        String base = env.getOrDefault("XDG_CONFIG_HOME", "");
        Path config = (base.isEmpty() ? Path.of(System.getProperty("user.home"), ".config") : Path.of(base))
                .resolve("clinscribe").resolve("clinscribe.properties");
        return new SpeechEngines(env, config);
    }

    /** Where a Vosk model was configured, if anywhere: the option first, then environment, then config file. */
    public Optional<Path> voskModel(Optional<Path> option) throws RecognitionException {
        if (option.isPresent()) {
            return option;
        }
        String fromEnvironment = environment.getOrDefault(VOSK_MODEL_VARIABLE, "");
        if (!fromEnvironment.isBlank()) {
            return Optional.of(Path.of(fromEnvironment));
        }
        if (Files.isRegularFile(configFile)) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(configFile)) {
                properties.load(in);
            } catch (IOException e) {
                throw new RecognitionException("cannot read " + configFile + ": " + e.getMessage(), e);
            }
            String fromConfig = properties.getProperty(VOSK_MODEL_PROPERTY, "").strip();
            if (!fromConfig.isEmpty()) {
                return Optional.of(Path.of(fromConfig));
            }
        }
        return Optional.empty();
    }

    public Engine select(Optional<Path> voskOption, LanguageModel languageModel, boolean voskClinicalVocabulary)
            throws RecognitionException {
        Optional<Path> vosk = voskModel(voskOption);
        if (vosk.isPresent()) {
            VoskSpeechModel model = VoskSpeechModel.load(vosk.get());
            SpeechRecognizer recognizer = voskClinicalVocabulary
                    ? new VoskRecognizer(model, ClinicalLanguageModel.get().vocabulary())
                    : new VoskRecognizer(model);
            return new Engine(recognizer, Optional.of(model), "Vosk model " + vosk.get());
        }
        if (!PocketSphinxRecognizer.installed() || !PocketSphinxModel.generalEnglishInstalled()) {
            throw new RecognitionException("no speech recogniser: install PocketSphinx with "
                    + "scripts/install-system-packages.sh, or give a Vosk model (--vosk-model DIR or "
                    + VOSK_MODEL_VARIABLE + "); " + VoskSpeechModel.WHERE_TO_GET);
        }
        PocketSphinxModel model;
        if (languageModel == LanguageModel.GENERAL) {
            model = PocketSphinxModel.generalEnglish();
        } else {
            ClinicalLanguageModel clinical = ClinicalLanguageModel.get();
            model = PocketSphinxModel.withLanguageModel("clinical", clinical.lmPath(), clinical.dictionaryPath());
        }
        return new Engine(new PocketSphinxRecognizer(model), Optional.empty(), "PocketSphinx, " + model.name()
                + " language model");
    }
}

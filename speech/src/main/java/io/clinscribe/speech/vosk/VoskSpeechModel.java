package io.clinscribe.speech.vosk;

import io.clinscribe.speech.recognition.RecognitionException;
import org.vosk.LibVosk;
import org.vosk.Model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Vosk model directory loaded once (hundreds of megabytes for the larger models) and shared by every
 * recogniser made from it; Vosk's model is safe to share between threads. Close it to free the native
 * memory.
 */
public final class VoskSpeechModel implements AutoCloseable {

    /** Where users get a model: none is served by the package registries this project may use. */
    public static final String WHERE_TO_GET = "download vosk-model-small-en-us-0.15 (40 MB) or vosk-model-en-us-0.22 "
            + "(1.8 GB) from https://alphacephei.com/vosk/models and unpack it";

    private final Path directory;
    private final Model model;

    private VoskSpeechModel(Path directory, Model model) {
        this.directory = directory;
        this.model = model;
    }

    /**
     * Loads the model in {@code directory}.
     *
     * @throws RecognitionException when the directory is missing or not a loadable Vosk model, or the
     *                              native library cannot be loaded on this platform
     */
    public static VoskSpeechModel load(Path directory) throws RecognitionException {
        if (!Files.isDirectory(directory)) {
            throw new RecognitionException("Vosk model directory " + directory + " does not exist; " + WHERE_TO_GET);
        }
        if (!Files.isRegularFile(directory.resolve("am").resolve("final.mdl"))) {
            throw new RecognitionException(directory + " is not a Vosk model (no am/final.mdl); " + WHERE_TO_GET);
        }
        quietNativeLog();
        try {
            return new VoskSpeechModel(directory, new Model(directory.toString()));
        } catch (IOException e) {
            throw new RecognitionException(directory + " is not a loadable Vosk model (damaged or of another "
                    + "version); " + WHERE_TO_GET, e);
        }
    }

    /**
     * Loads Vosk's native library and reports whether it works on this machine (it is bundled for Linux
     * x86-64, macOS and Windows x86-64).
     */
    public static boolean nativeLibraryLoads() {
        try {
            quietNativeLog();
            return true;
        } catch (LinkageError e) {
            return false;
        }
    }

    private static void quietNativeLog() {
        // Kaldi logs to stderr from native code; errors reach the user through exceptions instead.
        LibVosk.vosk_set_log_level(-1);
    }

    public Path directory() {
        return directory;
    }

    Model nativeModel() {
        return model;
    }

    @Override
    public void close() {
        model.close();
    }
}

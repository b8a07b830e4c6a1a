package io.clinscribe.speech.pocketsphinx;

import io.clinscribe.speech.audio.PcmAudio;
import io.clinscribe.speech.recognition.Recognition;
import io.clinscribe.speech.recognition.RecognitionException;
import io.clinscribe.speech.recognition.RecognizedWord;
import io.clinscribe.speech.recognition.SpeechRecognizer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * PocketSphinx through Debian's {@code pocketsphinx_continuous}: the embedded default recogniser when no
 * Vosk model is given. One process per recording keeps a decoder crash from taking the JVM with it and
 * lets recordings run in parallel; the model files are read from the page cache after the first call.
 * Word times come from {@code -time yes}, confidences are the decoder's word posteriors.
 * Stateless apart from its configuration, so thread-safe.
 */
public final class PocketSphinxRecognizer implements SpeechRecognizer {

    private static final String COMMAND = "pocketsphinx_continuous";

    private final PocketSphinxModel model;
    private final String command;

    public PocketSphinxRecognizer(PocketSphinxModel model) {
        this(model, COMMAND);
    }

    PocketSphinxRecognizer(PocketSphinxModel model, String command) {
        this.model = Objects.requireNonNull(model, "model");
        this.command = Objects.requireNonNull(command, "command");
    }

    /** True when the decoder program is on the PATH. */
    public static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, COMMAND))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return "pocketsphinx/" + model.name();
    }

    public PocketSphinxModel model() {
        return model;
    }

    @Override
    public Recognition recognize(PcmAudio audio) throws RecognitionException {
        Path wav = null;
        try {
            // The recording is patient data: readable by this user only, and removed straight after.
            wav = Files.createTempFile("clinscribe-dictation-", ".wav",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(wav, audio.toWav());
            List<String> args = List.of(command, "-infile", wav.toString(), "-time", "yes", "-logfn", "/dev/null",
                    "-hmm", model.acousticModel().toString(), "-lm", model.languageModel().toString(),
                    "-dict", model.dictionary().toString(), "-samprate", Integer.toString(PcmAudio.SAMPLE_RATE));
            Process decoder;
            try {
                decoder = new ProcessBuilder(args).redirectErrorStream(false).start();
            } catch (IOException e) {
                throw new RecognitionException(COMMAND + " is not installed; run scripts/install-system-packages.sh "
                        + "(Debian's pocketsphinx and pocketsphinx-en-us) or give a Vosk model", e);
            }
            decoder.getOutputStream().close();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            Thread errorReader = new Thread(() -> drain(decoder.getErrorStream(), errors), "pocketsphinx-stderr");
            errorReader.start();
            String output = new String(decoder.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            long timeoutSeconds = 60 + 3 * audio.durationMillis() / 1000;
            if (!decoder.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                decoder.destroyForcibly();
                throw new RecognitionException(audio.source() + ": PocketSphinx timed out after " + timeoutSeconds + " s");
            }
            errorReader.join(5_000);
            if (decoder.exitValue() != 0) {
                throw new RecognitionException(audio.source() + ": PocketSphinx failed with exit code "
                        + decoder.exitValue() + firstLine(errors.toString(StandardCharsets.UTF_8)));
            }
            return new Recognition(name(), parseTimedWords(output), audio.durationMillis());
        } catch (IOException e) {
            throw new RecognitionException(audio.source() + ": PocketSphinx could not run (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecognitionException(audio.source() + ": interrupted", e);
        } finally {
            if (wav != null) {
                try {
                    Files.deleteIfExists(wav);
                } catch (IOException ignored) {
                    // the temp directory is cleaned by the system; nothing else to do
                }
            }
        }
    }

    /**
     * Reads {@code -time yes} output: per utterance a hypothesis line, then one line per word with its
     * start and end in seconds and its posterior. Silence and noise fillers ({@code <s>}, {@code <sil>},
     * {@code [NOISE]} ...) are not words; {@code word(2)} names a pronunciation variant of {@code word}.
     */
    static List<RecognizedWord> parseTimedWords(String output) {
        List<RecognizedWord> words = new ArrayList<>();
        for (String line : output.split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length != 4) {
                continue;
            }
            double start;
            double end;
            double posterior;
            try {
                start = Double.parseDouble(fields[1]);
                end = Double.parseDouble(fields[2]);
                posterior = Double.parseDouble(fields[3]);
            } catch (NumberFormatException notTimed) {
                continue; // a four-word hypothesis line
            }
            String word = fields[0].replaceFirst("\\(\\d+\\)$", "");
            if (isFiller(word)) {
                continue;
            }
            long startMs = Math.round(start * 1000);
            long endMs = Math.max(startMs, Math.round(end * 1000));
            words.add(new RecognizedWord(word, startMs, endMs, Math.max(0, Math.min(1, posterior))));
        }
        return words;
    }

    private static boolean isFiller(String word) {
        return word.startsWith("<") || word.startsWith("[") || word.startsWith("++") || word.isEmpty();
    }

    private static void drain(InputStream in, ByteArrayOutputStream into) {
        try {
            in.transferTo(into);
        } catch (IOException ignored) {
            // the exit code tells whether decoding worked
        }
    }

    private static String firstLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().map(l -> ": " + l).orElse("");
    }
}

package io.clinscribe.speech.languagemodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * The clinical dictation language model (ARPA trigram) and its pronunciation dictionary as files
 * PocketSphinx can read, extracted once from the classpath into a cache directory. Immutable; obtain
 * the shared instance with {@link #get()} (extracted once per JVM) or extract into a directory of your
 * choice with {@link #extractTo(Path)}.
 *
 * <p>Use: {@code pocketsphinx_continuous -lm lmPath() -dict dictionaryPath() ...} with the default
 * en-us acoustic model.
 */
public final class ClinicalLanguageModel {

    static final String LM_RESOURCE = "clinical-dictation.lm.gz";
    static final String DICT_RESOURCE = "clinical-dictation.dict";

    private final Path lmPath;
    private final Path dictionaryPath;
    private final List<String> vocabulary;

    private ClinicalLanguageModel(Path lmPath, Path dictionaryPath, List<String> vocabulary) {
        this.lmPath = lmPath;
        this.dictionaryPath = dictionaryPath;
        this.vocabulary = List.copyOf(vocabulary);
    }

    /** The lazily-extracted shared model (thread-safe holder idiom). */
    public static ClinicalLanguageModel get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ClinicalLanguageModel INSTANCE = extractToCache();
    }

    /** The user's cache directory ($XDG_CACHE_HOME or ~/.cache), or the temp directory if unwritable. */
    private static ClinicalLanguageModel extractToCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        try {
            return extractTo(cache.resolve("clinscribe").resolve("clinical-language-model"));
        } catch (UncheckedIOException e) {
            return extractTo(Path.of(System.getProperty("java.io.tmpdir"), "clinscribe-clinical-language-model"));
        }
    }

    /**
     * Extracts the model into {@code directory}, in a sub-directory named after the content, so that a
     * new model never reuses an old extraction and concurrent JVMs write identical files atomically.
     */
    public static ClinicalLanguageModel extractTo(Path directory) {
        try {
            byte[] lm;
            try (InputStream in = new GZIPInputStream(resource(LM_RESOURCE))) {
                lm = in.readAllBytes();
            }
            byte[] dict;
            try (InputStream in = resource(DICT_RESOURCE)) {
                dict = in.readAllBytes();
            }
            Path dir = directory.resolve(fingerprint(lm, dict));
            Files.createDirectories(dir);
            Path lmPath = write(dir.resolve("clinical-dictation.lm"), lm);
            Path dictPath = write(dir.resolve(DICT_RESOURCE), dict);
            return new ClinicalLanguageModel(lmPath, dictPath, words(dict));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the clinical language model", e);
        }
    }

    /** The ARPA trigram model, for {@code -lm}. */
    public Path lmPath() {
        return lmPath;
    }

    /** The pronunciation dictionary, for {@code -dict}. */
    public Path dictionaryPath() {
        return dictionaryPath;
    }

    /** The arguments to give {@code pocketsphinx_continuous} to decode with this model. */
    public List<String> pocketSphinxArguments() {
        return List.of("-lm", lmPath.toString(), "-dict", dictionaryPath.toString());
    }

    /** The words the model can recognise (the dictionary's words, without variant markers), sorted. */
    public List<String> vocabulary() {
        return vocabulary;
    }

    private static List<String> words(byte[] dictionary) {
        List<String> words = new ArrayList<>();
        for (String line : new String(dictionary, StandardCharsets.UTF_8).split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0 && !line.substring(0, space).endsWith(")")) {
                words.add(line.substring(0, space));
            }
        }
        return words;
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(ClinicalLanguageModel.class.getResourceAsStream(name),
                "missing resource " + name + " (run scripts/build-clinical-language-model.sh)");
    }

    private static Path write(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == content.length) {
            return target;
        }
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        Files.write(tmp, content);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static String fingerprint(byte[] lm, byte[] dict) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(lm);
            sha.update(dict);
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

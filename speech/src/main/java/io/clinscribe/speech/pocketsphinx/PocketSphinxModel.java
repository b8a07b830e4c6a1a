package io.clinscribe.speech.pocketsphinx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The files a PocketSphinx decoder runs on: an acoustic model directory, a language model (ARPA text or
 * Sphinx binary) and a pronunciation dictionary. Checked when made, so a missing file is reported with
 * how to get it rather than as a decoder crash.
 */
public record PocketSphinxModel(String name, Path acousticModel, Path languageModel, Path dictionary) {

    /** Where Debian's {@code pocketsphinx-en-us} package puts the US English model. */
    public static final Path DEBIAN_EN_US = Path.of("/usr/share/pocketsphinx/model/en-us");

    public PocketSphinxModel {
        Objects.requireNonNull(name, "name");
        require(acousticModel.resolve("mdef"), "acoustic model");
        require(languageModel, "language model");
        require(dictionary, "pronunciation dictionary");
    }

    /** The general US English model of Debian's package: its acoustic model, language model and dictionary. */
    public static PocketSphinxModel generalEnglish() {
        return new PocketSphinxModel("general", DEBIAN_EN_US.resolve("en-us"), DEBIAN_EN_US.resolve("en-us.lm.bin"),
                DEBIAN_EN_US.resolve("cmudict-en-us.dict"));
    }

    /** The general acoustic model with another language model and dictionary, such as the clinical ones. */
    public static PocketSphinxModel withLanguageModel(String name, Path languageModel, Path dictionary) {
        return new PocketSphinxModel(name, DEBIAN_EN_US.resolve("en-us"), languageModel, dictionary);
    }

    /** True when Debian's US English model is installed. */
    public static boolean generalEnglishInstalled() {
        return Files.isRegularFile(DEBIAN_EN_US.resolve("en-us").resolve("mdef"));
    }

    private static void require(Path file, String what) {
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("PocketSphinx " + what + " not found at " + file
                    + "; install Debian's pocketsphinx and pocketsphinx-en-us (scripts/install-system-packages.sh)");
        }
    }
}

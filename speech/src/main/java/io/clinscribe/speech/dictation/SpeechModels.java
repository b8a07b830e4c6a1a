package io.clinscribe.speech.dictation;

import io.clinscribe.models.ModelCatalog;
import io.clinscribe.models.ModelDescriptor;
import io.clinscribe.models.ModelOrigin;
import io.clinscribe.speech.pocketsphinx.PocketSphinxModel;
import io.clinscribe.speech.vosk.VoskSpeechModel;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The models dictation uses, for {@code clinscribe models}: where each comes from and how to get it. */
public final class SpeechModels {

    private static final String DEBIAN_HINT = "run scripts/install-system-packages.sh (Debian pocketsphinx-en-us)";

    private SpeechModels() {
    }

    /**
     * @param voskModel the configured Vosk model directory, if any (see {@link SpeechEngines#voskModel})
     */
    public static List<ModelDescriptor> descriptors(Optional<Path> voskModel) {
        Path enUs = PocketSphinxModel.DEBIAN_EN_US;
        return List.of(
                new ModelDescriptor("pocketsphinx-en-us-acoustic", "PocketSphinx US English acoustic model (dictation)",
                        ModelOrigin.DEBIAN_PACKAGE, "Debian pocketsphinx-en-us", "BSD-2-Clause (CMU)",
                        enUs.resolve("en-us").resolve("mdef").toString(), false, DEBIAN_HINT),
                new ModelDescriptor("pocketsphinx-en-us-general-lm",
                        "PocketSphinx general US English language model and CMU dictionary (--language-model general)",
                        ModelOrigin.DEBIAN_PACKAGE, "Debian pocketsphinx-en-us", "BSD-2-Clause (CMU)",
                        enUs.resolve("en-us.lm.bin").toString(), false, DEBIAN_HINT),
                new ModelDescriptor("clinical-dictation-lm",
                        "clinscribe clinical dictation trigram language model (the default for dictation)",
                        ModelOrigin.BUILT_BY_PROJECT, "scripts/build-clinical-language-model.sh (committed output)",
                        "Apache-2.0; derived from CMU Sphinx (BSD) and sno_rx term names (UMLS licence, see README)",
                        ModelCatalog.CLASSPATH_PREFIX + "io/clinscribe/speech/languagemodel/clinical-dictation.lm.gz",
                        false, "rebuild clinscribe (mvn install)"),
                new ModelDescriptor("clinical-dictation-dict",
                        "clinscribe pronunciation dictionary for the clinical language model",
                        ModelOrigin.BUILT_BY_PROJECT, "scripts/build-clinical-language-model.sh (committed output)",
                        "BSD-2-Clause (CMU dictionary) plus Flite letter-to-sound pronunciations",
                        ModelCatalog.CLASSPATH_PREFIX + "io/clinscribe/speech/languagemodel/clinical-dictation.dict",
                        false, "rebuild clinscribe (mvn install)"),
                new ModelDescriptor("vosk-model", "Vosk speech model (optional; used instead of PocketSphinx when set)",
                        ModelOrigin.USER_SUPPLIED, "https://alphacephei.com/vosk/models", "Apache-2.0 (the en-us models)",
                        voskModel.map(Path::toString).orElse("(not configured)"), false,
                        VoskSpeechModel.WHERE_TO_GET + ", then pass --vosk-model DIR or set "
                                + SpeechEngines.VOSK_MODEL_VARIABLE));
    }
}

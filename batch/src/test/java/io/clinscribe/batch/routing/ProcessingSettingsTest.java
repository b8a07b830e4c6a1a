package io.clinscribe.batch.routing;

import io.clinscribe.handwriting.ocr.TesseractSettings;
import io.clinscribe.speech.dictation.SpeechEngines;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProcessingSettingsTest {

    @Test
    void settingsTravelToSparkExecutorsBySerialisation() throws Exception {
        ProcessingSettings settings = new ProcessingSettings(true, " /models/vosk-small ",
                SpeechEngines.LanguageModel.GENERAL, TesseractSettings.SPARSE_TEXT, false, true);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(settings);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(settings, in.readObject());
        }
        assertEquals(Optional.of(Path.of("/models/vosk-small")), settings.voskModelDirectory());
        assertEquals(Optional.empty(), ProcessingSettings.defaults().voskModelDirectory());
    }

    @Test
    void onlyTheLayoutsTheScanCommandOffersAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new ProcessingSettings(false, "",
                SpeechEngines.LanguageModel.CLINICAL, TesseractSettings.SINGLE_LINE, true, true));
    }
}

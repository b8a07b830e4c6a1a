package io.clinscribe.batch.routing;

import io.clinscribe.handwriting.ocr.TesseractSettings;
import io.clinscribe.speech.dictation.SpeechEngines;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessingSettingsTest {

    private static final Path INTAKE = Path.of("../corpora/scans/form/vitals-intake.template.json");

    @Test
    void settingsTravelToSparkExecutorsBySerialisation() throws Exception {
        ProcessingSettings settings = new ProcessingSettings(true, " /models/vosk-small ",
                SpeechEngines.LanguageModel.GENERAL, TesseractSettings.SPARSE_TEXT, false, true)
                .withForms(List.of(ProcessingSettings.FormTemplateText.read(INTAKE)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(settings);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(settings, in.readObject());
        }
        assertEquals(Optional.of(Path.of("/models/vosk-small")), settings.voskModelDirectory());
        assertEquals(Optional.empty(), ProcessingSettings.defaults().voskModelDirectory());
        assertEquals("vitals-intake", settings.forms().get(0).template().name());
    }

    @Test
    void aFormTemplateThatCannotBeRecognisedOrReadIsRefusedNamingItsFile(@TempDir Path dir) throws Exception {
        Path unmarked = dir.resolve("unmarked.json");
        ObjectNode form = (ObjectNode) new ObjectMapper().readTree(INTAKE.toFile());
        form.remove(List.of("registrationMarks", "anchors"));
        Files.writeString(unmarked, form.toString());
        IOException refused = assertThrows(IOException.class, () -> ProcessingSettings.FormTemplateText.read(unmarked));
        assertTrue(refused.getMessage().startsWith(unmarked + ": form vitals-intake has neither"), refused.getMessage());
        IOException missing = assertThrows(IOException.class,
                () -> ProcessingSettings.FormTemplateText.read(dir.resolve("absent.json")));
        assertEquals(dir.resolve("absent.json") + ": no such file", missing.getMessage());
        Path binary = dir.resolve("scan.json");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe});
        IOException notTemplate = assertThrows(IOException.class, () -> ProcessingSettings.FormTemplateText.read(binary));
        assertTrue(notTemplate.getMessage().startsWith(binary + ": not a form template"), notTemplate.getMessage());
    }

    @Test
    void onlyTheLayoutsTheScanCommandOffersAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new ProcessingSettings(false, "",
                SpeechEngines.LanguageModel.CLINICAL, TesseractSettings.SINGLE_LINE, true, true));
    }
}

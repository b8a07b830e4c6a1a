package io.clinscribe.batch.spark;

import io.clinscribe.batch.routing.ProcessingSettings;
import io.clinscribe.handwriting.ocr.TesseractSettings;
import io.clinscribe.speech.dictation.SpeechEngines;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * An executor JVM that outlives a job (local mode, a test suite) must read a later job's inputs with that
 * job's settings, and the tasks of one job (each with its own deserialised copy of the settings) share one
 * instance.
 */
class ExecutorInputsTest {

    @Test
    void equalSettingsShareOneInstanceAndOtherSettingsGetTheirOwn() throws Exception {
        ProcessingSettings defaults = ProcessingSettings.defaults();
        ProcessingSettings sparse = new ProcessingSettings(false, "", SpeechEngines.LanguageModel.CLINICAL,
                TesseractSettings.SPARSE_TEXT, false, true);

        assertSame(ExecutorInputs.get(defaults), ExecutorInputs.get(asATaskReceivesThem(defaults)));
        assertNotSame(ExecutorInputs.get(defaults), ExecutorInputs.get(sparse));
        assertSame(ExecutorInputs.get(sparse), ExecutorInputs.get(asATaskReceivesThem(sparse)));
    }

    private static ProcessingSettings asATaskReceivesThem(ProcessingSettings settings) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(settings);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ProcessingSettings) in.readObject();
        }
    }
}

package io.clinscribe.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCatalogTest {

    @Test
    void theBuiltDictionaryIsFoundOnTheClasspath() {
        ModelCatalog catalog = ModelCatalog.standard();
        ModelStatus terms = catalog.status(catalog.find("sno_rx_16ab-terms").orElseThrow());
        assertTrue(terms.installed(), "the build writes the dictionary into target/classes");
        assertTrue(terms.foundAt().orElseThrow().endsWith(ModelCatalog.SNO_RX_TERMS));
    }

    @Test
    void aMissingFileModelIsReportedWithItsInstallHint(@TempDir Path dir) {
        ModelDescriptor absent = new ModelDescriptor("vosk-en", "Vosk English model", ModelOrigin.USER_SUPPLIED,
                "alphacephei", "Apache-2.0", dir.resolve("nowhere").toString(), false, "unpack a model into DIR");
        ModelCatalog catalog = new ModelCatalog(List.of(absent), getClass().getClassLoader());
        ModelStatus status = catalog.statuses().get(0);
        assertFalse(status.installed());
        assertEquals("unpack a model into DIR", status.model().installHint());
    }
}

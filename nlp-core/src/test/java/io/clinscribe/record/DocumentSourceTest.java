package io.clinscribe.record;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentSourceTest {

    @Test
    void fileIsHashedAndTypedFromItsName(@TempDir Path dir) throws Exception {
        Path note = Files.writeString(dir.resolve("Clinic Note.TXT"), "abc", StandardCharsets.UTF_8);
        DocumentSource source = DocumentSource.ofFile(DocumentSource.Kind.TEXT, note);
        // SHA-256("abc") from FIPS 180-2
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", source.sha256());
        assertEquals(3, source.sizeBytes());
        assertEquals("text/plain", source.mediaType());
        assertEquals(Optional.of("Clinic Note.TXT"), source.fileName());
        assertEquals(source.sha256(), DocumentSource.ofBytes(DocumentSource.Kind.TEXT, "text/plain",
                "abc".getBytes(StandardCharsets.UTF_8), Optional.empty()).sha256());
    }

    @Test
    void mediaTypesOfTheInputsWeRead() {
        assertEquals("image/tiff", DocumentSource.mediaTypeOf("fax.tif"));
        assertEquals("audio/mpeg", DocumentSource.mediaTypeOf("dictation.MP3"));
        assertEquals("application/inkml+xml", DocumentSource.mediaTypeOf("pen.inkml"));
        assertEquals("application/octet-stream", DocumentSource.mediaTypeOf("README"));
        assertThrows(IllegalArgumentException.class, () -> new DocumentSource(DocumentSource.Kind.SCAN, "image/png",
                "ABC", 1, Optional.empty()));
    }
}

package io.clinscribe.batch.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputKindTest {

    private static final Path CORPORA = Path.of("../corpora");

    @TempDir
    Path dir;

    private Path copy(String corpusFile, String name) throws IOException {
        return Files.copy(CORPORA.resolve(corpusFile), dir.resolve(name));
    }

    @Test
    void knownFilesGoByTheirKind() {
        assertEquals(InputKind.TEXT, InputKind.of(CORPORA.resolve("text/sample-note.txt")));
        assertEquals(InputKind.AUDIO, InputKind.of(CORPORA.resolve("audio/dictation-allergy.wav")));
        assertEquals(InputKind.SCAN, InputKind.of(CORPORA.resolve("scans/print/note4-sans.png")));
        assertEquals(InputKind.INK, InputKind.of(CORPORA.resolve("ink/aspirin-insulin.inkml")));
        assertEquals(InputKind.SCAN, InputKind.of(CORPORA.resolve("scans/bad/broken.pdf")));
    }

    @Test
    void contentOverridesAnExtensionThatLies() throws IOException {
        assertEquals(InputKind.SCAN, InputKind.of(copy("scans/print/note4-sans.png", "looks-like-a-note.txt")));
        assertEquals(InputKind.AUDIO, InputKind.of(copy("audio/dictation-allergy.wav", "recording.txt")));
        assertEquals(InputKind.INK, InputKind.of(copy("ink/aspirin-insulin.inkml", "pen.xml")));
    }

    @Test
    void withoutAnExtensionTheContentDecides() throws IOException {
        assertEquals(InputKind.TEXT, InputKind.of(copy("text/sample-note.txt", "NOTE")));
        assertEquals(InputKind.SCAN, InputKind.of(copy("scans/print/note4-sans.png", "PAGE")));
        assertEquals(InputKind.AUDIO, InputKind.of(copy("audio/dictation-allergy.wav", "DICTATION")));
        assertEquals(InputKind.TEXT, InputKind.of(Files.write(dir.resolve("EMPTY"), new byte[0])));
    }

    @Test
    void binaryOfNoKnownKindIsRefusedButADamagedKnownFileGoesByItsName() throws IOException {
        assertEquals(InputKind.UNSUPPORTED, InputKind.of(CORPORA.resolve("bad-input/bad-binary.bin")));
        assertEquals(InputKind.UNSUPPORTED, InputKind.of(copy("bad-input/bad-binary.bin", "archive")));
        // the reader for its kind says what is wrong with it
        assertEquals(InputKind.AUDIO, InputKind.of(CORPORA.resolve("audio/bad/not-audio.wav")));
        assertEquals(InputKind.SCAN, InputKind.of(CORPORA.resolve("scans/bad/not-an-image.png")));
        assertEquals(InputKind.TEXT, InputKind.of(copy("bad-input/bad-binary.bin", "binary.txt")));
    }

    @Test
    void inkIsFoundAfterAnXmlDeclarationAndAByteOrderMark() {
        byte[] ink = "\uFEFF<?xml version=\"1.0\"?>\n<!-- pen -->\n<ink xmlns=\"http://www.w3.org/2003/InkML\">"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(InputKind.INK, InputKind.of("pen", ink));
        assertEquals(InputKind.TEXT, InputKind.of("note", "<b>bold</b> text about ink".getBytes(StandardCharsets.UTF_8)));
    }
}

package io.clinscribe.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextInputDecoderTest {

    private final TextInputDecoder decoder = new TextInputDecoder(1024);

    private String rejection(byte[] bytes) {
        return assertInstanceOf(TextInputDecoder.Rejected.class, decoder.decode(bytes)).problem().code();
    }

    @Test
    void utf8TextIsDecodedWithoutItsByteOrderMark() {
        byte[] withBom = ("\uFEFFBP 120/80 on arrival.").getBytes(StandardCharsets.UTF_8);
        TextInputDecoder.Text text = assertInstanceOf(TextInputDecoder.Text.class, decoder.decode(withBom));
        assertEquals("BP 120/80 on arrival.", text.text());
    }

    @Test
    void badInputsFromTheCorporaAreRejectedWithTheirReason() throws Exception {
        Path bad = Path.of("../corpora/bad-input");
        assertEquals("binary-input", rejection(Files.readAllBytes(bad.resolve("bad-binary.bin"))));
        assertEquals("empty-input", rejection(Files.readAllBytes(bad.resolve("empty-note.txt"))));
        assertEquals("not-utf8", rejection(Files.readAllBytes(bad.resolve("latin1-note.txt"))));
    }

    @Test
    void oversizedInputIsRejected() {
        assertEquals("input-too-large", rejection("x".repeat(2000).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void controlCharacterSoupIsTreatedAsBinary() {
        byte[] soup = new byte[200];
        for (int i = 0; i < soup.length; i++) {
            soup[i] = (byte) (i % 2 == 0 ? 'a' : 0x07);
        }
        assertEquals("binary-input", rejection(soup));
    }
}

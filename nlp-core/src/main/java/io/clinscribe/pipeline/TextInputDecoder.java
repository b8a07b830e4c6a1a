package io.clinscribe.pipeline;

import io.clinscribe.record.ProcessingProblem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text input into note text, or says clearly why it cannot: empty, binary,
 * not UTF-8, or larger than the pipeline accepts. Messages name the problem, never the content.
 */
public final class TextInputDecoder {

    /** A note of a few hundred pages; anything larger is almost surely not a clinical note. */
    public static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

    private final int maxBytes;

    public TextInputDecoder(int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /** The outcome: text, or a problem that says why there is none. */
    public sealed interface Decoded permits Text, Rejected {
    }

    public record Text(String text) implements Decoded {
    }

    public record Rejected(ProcessingProblem problem) implements Decoded {
    }

    public Decoded decode(byte[] bytes) {
        if (bytes.length > maxBytes) {
            return reject("input-too-large", "input is " + bytes.length + " bytes; the limit is " + maxBytes
                    + " bytes (split the document or raise --max-bytes)");
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        if (isBlank(bytes, start)) {
            return reject("empty-input", "input is empty or only white space");
        }
        int controls = 0;
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return reject("binary-input", "input contains NUL bytes: it looks like a binary file, not text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > Math.max(8, (bytes.length - start) / 100)) {
            return reject("binary-input", "input has " + controls + " control characters: it looks like a binary file");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return new Text(chars.toString());
        } catch (CharacterCodingException e) {
            return reject("not-utf8", "input is not valid UTF-8 (convert it first, e.g. iconv -f latin1 -t utf-8)");
        }
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static boolean isBlank(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    private static Decoded reject(String code, String message) {
        return new Rejected(ProcessingProblem.error(code, message));
    }
}

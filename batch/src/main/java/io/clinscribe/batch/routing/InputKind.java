package io.clinscribe.batch.routing;

import io.clinscribe.record.DocumentSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What kind of input a file is, and so which capability reads it. The file's first bytes decide when they
 * are a known format's signature (a PNG named {@code .txt} is a scan); otherwise its extension (a damaged
 * {@code .wav} still goes to the audio reader, which says what is wrong with it); otherwise text, unless
 * the bytes are plainly binary, which is {@link #UNSUPPORTED} and refused with a reason.
 */
public enum InputKind {
    TEXT, AUDIO, SCAN, INK, UNSUPPORTED;

    /** How many leading bytes are looked at: enough for an XML declaration and a comment before {@code <ink>}. */
    static final int HEAD_BYTES = 4096;

    private static final Map<String, InputKind> EXTENSIONS = Map.ofEntries(
            Map.entry("txt", TEXT), Map.entry("text", TEXT), Map.entry("md", TEXT),
            Map.entry("wav", AUDIO), Map.entry("flac", AUDIO), Map.entry("mp3", AUDIO),
            Map.entry("png", SCAN), Map.entry("jpg", SCAN), Map.entry("jpeg", SCAN), Map.entry("tif", SCAN),
            Map.entry("tiff", SCAN), Map.entry("pdf", SCAN), Map.entry("inkml", INK));

    /** The kind this input is filed as in a document's {@code source}; empty for {@link #UNSUPPORTED}. */
    public Optional<DocumentSource.Kind> sourceKind() {
        return this == UNSUPPORTED ? Optional.empty() : Optional.of(DocumentSource.Kind.valueOf(name()));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a file, from its first bytes and its name. An unreadable file goes by its name alone. */
    public static InputKind of(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            // the capability chosen by name reports why the file cannot be read
            return byExtension(file.getFileName().toString()).orElse(TEXT);
        }
        return of(file.getFileName().toString(), head);
    }

    /** The kind of an input named {@code fileName} whose content starts with {@code head}. */
    public static InputKind of(String fileName, byte[] head) {
        Optional<InputKind> signature = bySignature(head);
        if (signature.isPresent()) {
            return signature.get();
        }
        Optional<InputKind> extension = byExtension(fileName);
        if (extension.isPresent()) {
            return extension.get();
        }
        return looksBinary(head) ? UNSUPPORTED : TEXT;
    }

    static Optional<InputKind> byExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(EXTENSIONS.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    static Optional<InputKind> bySignature(byte[] b) {
        if (startsWith(b, 0, "RIFF") && startsWith(b, 8, "WAVE") || startsWith(b, 0, "fLaC") || startsWith(b, 0, "ID3")
                || b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xE0) == 0xE0 && (b[1] & 0x06) != 0) {
            return Optional.of(AUDIO); // WAVE, FLAC, MP3 with a tag or starting at a frame (layer bits set)
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && startsWith(b, 1, "PNG\r\n")
                || b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF
                || startsWith(b, 0, "II*\0") || startsWith(b, 0, "MM\0*") || startsWith(b, 0, "%PDF-")) {
            return Optional.of(SCAN);
        }
        String text = new String(b, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "").stripLeading();
        if (text.startsWith("<") && (text.contains("<ink>") || text.contains("<ink ") || text.contains("<ink\n")
                || text.contains("<ink\r") || text.contains("<ink\t"))) {
            return Optional.of(INK);
        }
        return Optional.empty();
    }

    /** NUL bytes, or more control characters than text has: the same test the text decoder applies. */
    private static boolean looksBinary(byte[] b) {
        int controls = 0;
        for (byte x : b) {
            int c = x & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls > Math.max(8, b.length / 100);
    }

    private static boolean startsWith(byte[] b, int offset, String ascii) {
        if (b.length < offset + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[offset + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}

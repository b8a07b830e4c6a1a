package io.clinscribe.record;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The input a document was taken from, as an EHR needs it to file the source beside the entries: what kind
 * of input it was, its media type, and the SHA-256 of its bytes, so the record can prove which file it came
 * from. The file name is kept only as the user gave it (it may be all an EHR user has to find the original).
 */
public record DocumentSource(Kind kind, String mediaType, String sha256, long sizeBytes, Optional<String> fileName) {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("txt", "text/plain"), Map.entry("text", "text/plain"), Map.entry("md", "text/markdown"),
            Map.entry("wav", "audio/wav"), Map.entry("flac", "audio/flac"), Map.entry("mp3", "audio/mpeg"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"), Map.entry("pdf", "application/pdf"),
            Map.entry("inkml", "application/inkml+xml"));

    /** The kind of input, which decides how an EHR files it (a note, a recording, a scanned page). */
    public enum Kind {
        TEXT, AUDIO, SCAN, INK;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromCode(String code) {
            for (Kind k : values()) {
                if (k.code().equals(code)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown source kind: " + code);
        }
    }

    public DocumentSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(fileName, "fileName");
        if (!SHA_256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }

    /** The source of a document read from these bytes (standard input, or a file already in memory). */
    public static DocumentSource ofBytes(Kind kind, String mediaType, byte[] bytes, Optional<String> fileName) {
        return new DocumentSource(kind, mediaType, HexFormat.of().formatHex(newDigest().digest(bytes)), bytes.length,
                fileName);
    }

    /** The source of a document read from a file: its hash is computed by streaming it, its media type from its name. */
    public static DocumentSource ofFile(Kind kind, Path file) throws IOException {
        MessageDigest digest = newDigest();
        long size = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                size += n;
            }
        }
        String name = file.getFileName().toString();
        return new DocumentSource(kind, mediaTypeOf(name), HexFormat.of().formatHex(digest.digest()), size,
                Optional.of(name));
    }

    /** The media type a file name's extension stands for, {@code application/octet-stream} if unknown. */
    public static String mediaTypeOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return MEDIA_TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}

package io.clinscribe.record;

import java.util.Locale;
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
}

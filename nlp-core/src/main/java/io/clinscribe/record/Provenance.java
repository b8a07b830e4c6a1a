package io.clinscribe.record;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an entry came from: always its character span in the document text; for dictation also the
 * audio it was spoken in, for scans the page box it was written in.
 */
public record Provenance(Span span, Optional<AudioRange> audio, Optional<PageRegion> page) {
    public Provenance {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(page, "page");
    }

    public static Provenance of(Span span) {
        return new Provenance(span, Optional.empty(), Optional.empty());
    }

    public Provenance withAudio(AudioRange range) {
        return new Provenance(span, Optional.of(range), page);
    }

    public Provenance withPage(PageRegion region) {
        return new Provenance(span, audio, Optional.of(region));
    }
}

package io.clinscribe.batch.document;

import io.clinscribe.pipeline.ClinicalTextPipeline;
import io.clinscribe.pipeline.TextInputDecoder;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.DocumentSource;
import io.clinscribe.record.ProcessingProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Notes: bytes decoded (or refused with the reason), then the text pipeline. Thread-safe as its pipeline is. */
public final class TextDocuments {

    private final ClinicalTextPipeline pipeline;
    private final TextInputDecoder decoder;

    public TextDocuments(ClinicalTextPipeline pipeline, TextInputDecoder decoder) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /** A note already read (standard input, a file in memory, a Spark record), recorded as coming from {@code source}. */
    public ProcessedDocument process(String id, byte[] content, DocumentSource source) {
        return ProcessedDocument.of(pipeline.process(id, content, decoder).withSource(source));
    }

    /** A note file; {@code name} is how messages call it (the path as the user gave it). */
    public ProcessedDocument file(String id, String name, Path file) {
        byte[] bytes;
        try {
            bytes = read(file);
        } catch (IOException e) {
            return unreadable(id, name, e);
        }
        String fileName = file.getFileName().toString();
        return process(id, bytes, DocumentSource.ofBytes(DocumentSource.Kind.TEXT, DocumentSource.mediaTypeOf(fileName),
                bytes, Optional.of(fileName)));
    }

    /** The document of a note that could not be read, its message naming the input and the reason. */
    public static ProcessedDocument unreadable(String id, String name, IOException e) {
        return ProcessedDocument.of(ClinicalDocument.failed(id, ProcessingProblem.error("unreadable-input",
                "cannot read " + name + ": " + e.getMessage())));
    }

    private static byte[] read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory, not a text file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file");
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied");
        }
    }
}

package io.clinscribe.batch.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinscribe.batch.document.ProcessedDocument;
import io.clinscribe.json.EntriesJsonWriter;
import io.clinscribe.record.DocumentSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The result folder of a batch: one {@code clinscribe.entries/v1} file per input, named after the input's
 * path in the batch ({@code notes/a.txt} -> {@code notes%2Fa.txt.json}), written to a hidden temporary
 * file and renamed, so a run stopped at any moment leaves only whole results. Thread-safe.
 */
public final class ResultFiles {

    /** The run report's name; no result can have it, as a result's name ends in its input's name plus .json. */
    public static final String REPORT = "clinscribe-run.json";

    /** The run report's readable summary; no result can have its name, as results end in .json. */
    public static final String SUMMARY = "clinscribe-run.txt";

    private static final String TEMPORARY = ".json.tmp";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final EntriesJsonWriter writer = EntriesJsonWriter.pretty();

    public ResultFiles(Path folder) throws IOException {
        this.folder = folder;
        Files.createDirectories(folder);
    }

    public Path folder() {
        return folder;
    }

    /** The result file of an input. */
    public Path resultOf(BatchInput input) {
        String name = input.name().replace("%", "%25").replace("/", "%2F");
        if (name.startsWith(".")) {
            name = "%2E" + name.substring(1); // never hidden, never "." or ".."
        }
        if ((name + ".json").equals(REPORT)) {
            name = "%63" + name.substring(1); // an input named clinscribe-run must not overwrite the report
        }
        return folder.resolve(name + ".json");
    }

    /** Removes temporary files a killed run left behind. */
    public void removeLeftovers() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*" + TEMPORARY)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** Writes an input's result atomically, replacing an older one. */
    public Path write(BatchInput input, ProcessedDocument result) throws IOException {
        Path target = resultOf(input);
        Path tmp = Files.createTempFile(folder, ".", TEMPORARY);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                result.writeTo(writer, out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }

    /**
     * Whether the input's result is there, succeeded and was made from the input as it is now (the SHA-256
     * recorded in its {@code source}); a failed result or a changed input is processed again.
     */
    public boolean isDone(BatchInput input) {
        Path result = resultOf(input);
        if (!Files.isRegularFile(result) || !Files.isRegularFile(input.file())) {
            return false;
        }
        try {
            JsonNode document = JSON.readTree(result.toFile());
            for (JsonNode problem : document.path("problems")) {
                if ("error".equals(problem.path("severity").asText())) {
                    return false;
                }
            }
            Optional<String> recorded = Optional.ofNullable(document.path("source").path("sha256").textValue());
            return recorded.isPresent()
                    && recorded.get().equals(DocumentSource.ofFile(DocumentSource.Kind.TEXT, input.file()).sha256());
        } catch (IOException e) {
            return false; // unreadable or not JSON: made again
        }
    }
}

package io.clinscribe.cli;

import io.clinscribe.json.EntriesJsonWriter;
import io.clinscribe.record.ClinicalDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Where a command's documents go: printed one after another, or one file {@code ID.json} each in a
 * folder, written to a temporary file and renamed so a crash never leaves half a result. Two inputs with
 * the same id (same file name in different folders) get {@code ID-2.json} and so on. Used from the
 * thread that receives results in order, so not thread-safe.
 */
final class DocumentOutput {

    private final Writer out;
    private final Path folder;
    private final EntriesJsonWriter writer;
    private final Set<String> written = new HashSet<>();

    /** @param folder where to write files, or null to print to {@code out} */
    DocumentOutput(Writer out, Path folder, boolean jsonLines) throws IOException {
        this.out = out;
        this.folder = folder;
        this.writer = jsonLines ? EntriesJsonWriter.jsonLines() : EntriesJsonWriter.pretty();
        if (folder != null) {
            Files.createDirectories(folder);
        }
    }

    void emit(ClinicalDocument document, EntriesJsonWriter.ExtraFields extra) throws IOException {
        if (folder == null) {
            writer.write(document, extra, out);
            out.flush();
            return;
        }
        String name = document.id();
        for (int n = 2; !written.add(name); n++) {
            name = document.id() + "-" + n;
        }
        Path tmp = Files.createTempFile(folder, name, ".json.tmp");
        try (OutputStream file = Files.newOutputStream(tmp)) {
            writer.write(document, extra, file);
        }
        Files.move(tmp, folder.resolve(name + ".json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

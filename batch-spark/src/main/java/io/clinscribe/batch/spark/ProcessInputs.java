package io.clinscribe.batch.spark;

import io.clinscribe.batch.document.ProcessedDocument;
import io.clinscribe.batch.routing.InputKind;
import io.clinscribe.batch.routing.ProcessingSettings;
import io.clinscribe.json.EntriesJsonWriter;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.ProcessingProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Processes a partition of input files (rows of Spark's binaryFile source: path and content) with the
 * executor's {@link io.clinscribe.batch.routing.MixedInputs}. The capabilities read files (sox, PDFBox), so each
 * input is written under its own name to a private temporary folder first, then removed. Never throws for a
 * bad input: its row is marked failed with the reason, as the local batch reports it.
 */
final class ProcessInputs implements MapPartitionsFunction<Row, DocumentRow> {
    private static final long serialVersionUID = 1L;

    private final ProcessingSettings settings;

    ProcessInputs(ProcessingSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<DocumentRow> call(Iterator<Row> files) {
        EntriesJsonWriter writer = EntriesJsonWriter.jsonLines();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public DocumentRow next() {
                Row file = files.next();
                return process(file.getString(0), file.getAs(1), writer, settings);
            }
        };
    }

    static DocumentRow process(String inputPath, byte[] content, EntriesJsonWriter writer,
                               ProcessingSettings settings) {
        String name = fileName(inputPath);
        String id = name.lastIndexOf('.') > 0 ? name.substring(0, name.lastIndexOf('.')) : name;
        DocumentRow row = new DocumentRow();
        row.setInputPath(inputPath);
        row.setDocumentId(id);
        ProcessedDocument processed;
        Path folder = null;
        String readAs = null;
        try {
            folder = Files.createTempDirectory("clinscribe-input");
            Path file = Files.write(folder.resolve(name), content);
            readAs = file.toString();
            InputKind kind = InputKind.of(file);
            row.setInputKind(kind.code());
            processed = ExecutorInputs.get(settings).process(id, file, kind);
        } catch (IOException | RuntimeException e) {
            processed = ProcessedDocument.of(ClinicalDocument.failed(id, ProcessingProblem.error("processing-failed",
                    name + ": " + e.getClass().getSimpleName())));
        } catch (OutOfMemoryError e) {
            // As in the local batch: one input too big for the executor's heap fails alone instead of the
            // executor, which Spark would retry with the same input until the job fails.
            processed = ProcessedDocument.of(ClinicalDocument.failed(id, ProcessingProblem.error("out-of-memory",
                    name + ": not enough memory to process it; give the executors more (--executor-memory)")));
        } finally {
            deleteQuietly(folder);
        }
        ClinicalDocument document = processed.document();
        row.setFailed(processed.failed());
        // messages name the input as the user gave it, not the temporary copy the capabilities read
        String shownAs = displayed(inputPath);
        if (processed.failed()) {
            row.setReason(renamed(document.problems().stream()
                    .filter(p -> p.severity() == ProcessingProblem.Severity.ERROR)
                    .map(ProcessingProblem::message).collect(Collectors.joining("; ")), readAs, shownAs));
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try {
            processed.writeTo(writer, json);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        row.setJson(renamed(json.toString(StandardCharsets.UTF_8).strip(), readAs, shownAs));
        List<EntryRow> entries = new ArrayList<>();
        for (int i = 0; i < document.entries().size(); i++) {
            entries.add(EntryRow.of(id, inputPath, row.getInputKind(), i, document.entries().get(i)));
        }
        row.setEntries(entries);
        row.setEntriesNeedingReview((int) document.entriesNeedingReview());
        return row;
    }

    /** A local file as a plain path (as the local batch names it); other file systems by their URI. */
    static String displayed(String inputPath) {
        if (inputPath.startsWith("file:")) {
            try {
                return Path.of(URI.create(inputPath)).toString();
            } catch (IllegalArgumentException e) {
                return inputPath;
            }
        }
        return inputPath;
    }

    private static String renamed(String text, String temporary, String shown) {
        return temporary == null ? text : text.replace(temporary, shown);
    }

    private static String fileName(String path) {
        String p = path;
        try {
            p = URI.create(path).getPath();
        } catch (IllegalArgumentException e) {
            // not a URI: a plain path
        }
        int slash = p.lastIndexOf('/');
        String name = slash >= 0 ? p.substring(slash + 1) : p;
        return name.isEmpty() ? "input" : name;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a temporary folder left behind; the OS's temp cleaning takes it
        }
    }
}

package io.clinscribe.batch.spark;

import io.clinscribe.batch.document.ProcessedDocument;
import io.clinscribe.batch.routing.MixedInputs;
import io.clinscribe.json.EntriesJsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The small mixed folder the Spark tests submit (a note, a scan, ink, a corrupt image, a binary file and, where
 * PocketSphinx is installed, a recording) and what the local batch's per-document code makes of it, to compare
 * the job's documents with.
 */
record MixedFolder(Path root, List<Path> files) {

    /** The two inputs that must fail: the truncated image and the binary file. */
    static final int FAILING = 2;

    /** Copies the inputs into {@code root/clinic}; the job is given {@code root}. */
    static MixedFolder create(Path root) throws IOException {
        Path clinic = Files.createDirectories(root.resolve("clinic"));
        copy("../corpora/text/sample-note.txt", clinic);
        copy("../corpora/scans/print/note1-serif.png", clinic);
        copy("../corpora/ink/aspirin-insulin.inkml", clinic);
        copy("../corpora/scans/bad/truncated.png", clinic);
        copy("../corpora/bad-input/bad-binary.bin", clinic);
        if (Files.isExecutable(Path.of("/usr/bin/pocketsphinx_continuous"))) {
            copy("../corpora/audio/dictation-vitals.wav", clinic);
        }
        try (Stream<Path> listed = Files.list(clinic)) {
            return new MixedFolder(root, listed.sorted().toList());
        }
    }

    /** Document id to JSON line, as the local batch's per-document code writes each input. */
    Map<String, String> localDocuments() throws IOException {
        Map<String, String> local = new HashMap<>();
        EntriesJsonWriter writer = EntriesJsonWriter.jsonLines();
        try (MixedInputs batch = new MixedInputs(1)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                ProcessedDocument d = batch.process(name.substring(0, name.lastIndexOf('.')), f);
                ByteArrayOutputStream json = new ByteArrayOutputStream();
                d.writeTo(writer, json);
                local.put(d.document().id(), json.toString(StandardCharsets.UTF_8).strip());
            }
        }
        return local;
    }

    /** Document id to JSON line for the job's {@code documents/} lines. */
    static Map<String, String> byId(Collection<String> jsonLines) {
        Map<String, String> documents = new HashMap<>();
        for (String json : jsonLines) {
            documents.put(json.replaceFirst("^\\{\"schema\":\"[^\"]*\",\"id\":\"([^\"]*)\".*$", "$1"), json);
        }
        return documents;
    }

    private static void copy(String file, Path folder) throws IOException {
        Path from = Path.of(file);
        Files.copy(from, folder.resolve(from.getFileName()));
    }
}

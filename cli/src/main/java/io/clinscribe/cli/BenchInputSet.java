package io.clinscribe.cli;

import io.clinscribe.batch.routing.InputKind;
import io.clinscribe.batch.run.BatchInput;
import io.clinscribe.batch.run.BatchInputs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The documents a batch benchmark runs over: the union of folders and manifests (as {@code clinscribe batch}
 * takes them) and of notes taken from JSON Lines files, which are written as .txt files into a scratch
 * folder so that they go through the batch exactly as notes on disk do. Each input's names are prefixed
 * with where it came from, so two sources with a file of the same name still get two results; a file
 * listed twice is counted once. Nothing is written next to the inputs.
 */
record BenchInputSet(List<BatchInput> inputs, Map<InputKind, Integer> documentsByKind, Map<InputKind, Long> bytesByKind) {

    BenchInputSet {
        inputs = List.copyOf(inputs);
        documentsByKind = Collections.unmodifiableMap(new EnumMap<>(documentsByKind));
        bytesByKind = Collections.unmodifiableMap(new EnumMap<>(bytesByKind));
    }

    /**
     * @param notesLimit how many notes to take from each .jsonl source
     * @param scratch    an empty folder the notes are written into, never one of the sources
     */
    static BenchInputSet gather(List<Path> sources, int notesLimit, Path scratch) throws Exception {
        List<BatchInput> all = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (Path source : sources) {
            Path name = source.toAbsolutePath().normalize().getFileName();
            String base = name == null ? "input" : name.toString();
            String prefix = base;
            for (int n = 2; !prefixes.add(prefix); n++) {
                prefix = base + "-" + n;
            }
            List<BatchInput> listed;
            if (isNotes(source)) {
                Path folder = Files.createDirectories(scratch.resolve(prefix));
                List<String> notes = BenchCommand.load(source, notesLimit);
                for (int i = 0; i < notes.size(); i++) {
                    Files.writeString(folder.resolve(String.format(Locale.ROOT, "note-%05d.txt", i + 1)), notes.get(i),
                            StandardCharsets.UTF_8);
                }
                listed = BatchInputs.of(folder, scratch.resolve("none"));
            } else {
                listed = BatchInputs.of(source, scratch);
            }
            for (BatchInput input : listed) {
                if (seen.add(input.file().toAbsolutePath().normalize())) {
                    all.add(new BatchInput(input.file(), prefix + "/" + input.name()));
                }
            }
        }
        Map<InputKind, Integer> documents = new EnumMap<>(InputKind.class);
        Map<InputKind, Long> bytes = new EnumMap<>(InputKind.class);
        for (BatchInput input : all) {
            InputKind kind = InputKind.of(input.file());
            documents.merge(kind, 1, Integer::sum);
            bytes.merge(kind, Files.isRegularFile(input.file()) ? Files.size(input.file()) : 0L, Long::sum);
        }
        return new BenchInputSet(all, documents, bytes);
    }

    static boolean isNotes(Path source) {
        return Files.isRegularFile(source) && source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    /** The inputs of one kind, in the set's order. */
    List<BatchInput> ofKind(InputKind kind) {
        return inputs.stream().filter(i -> InputKind.of(i.file()) == kind).toList();
    }

    long totalBytes() {
        return bytesByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    /** "text 200 (1.2 MB), scan 7 (0.6 MB)". */
    String makeUp() {
        StringBuilder s = new StringBuilder();
        documentsByKind.forEach((kind, n) -> s.append(s.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                "%s %d (%.2f MB)", kind.code(), n, bytesByKind.get(kind) / 1e6)));
        return s.toString();
    }
}

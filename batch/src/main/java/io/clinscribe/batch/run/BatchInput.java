package io.clinscribe.batch.run;

import java.nio.file.Path;

/**
 * One file of a batch: where it is, and its name in the batch (its path relative to the folder or
 * manifest, with {@code /} separators), which names its result and its lines in the run report.
 */
public record BatchInput(Path file, String name) {

    /** The document id: the file name without its extension, as the single-input commands make it. */
    public String id() {
        return idOf(file);
    }

    /** The document id of any input file: its name without the extension. The one rule every command uses. */
    public static String idOf(Path file) {
        String base = file.getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}

package io.clinscribe.cli;

import java.nio.file.Path;
import java.util.List;

/** The text inputs of a command: files, or {@code -} for standard input, each with its document id. */
final class TextInputs {

    /** One input: its id (the file name without extension) and where it comes from. */
    record Input(String id, String name, Path path) {
        boolean isStdin() {
            return path == null;
        }
    }

    private TextInputs() {
    }

    static List<Input> of(List<String> arguments) {
        return arguments.stream().map(a -> a.equals("-") ? new Input("stdin", "<stdin>", null)
                : new Input(idOf(Path.of(a)), a, Path.of(a))).toList();
    }

    static String idOf(Path file) {
        return io.clinscribe.batch.run.BatchInput.idOf(file);
    }
}

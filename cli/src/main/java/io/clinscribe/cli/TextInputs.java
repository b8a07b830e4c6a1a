package io.clinscribe.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
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
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The bytes of an input; throws with a message that names the problem (not found, a directory ...). */
    static byte[] read(Input input, InputStream stdin) throws IOException {
        if (input.isStdin()) {
            return stdin.readAllBytes();
        }
        Path p = input.path();
        if (Files.isDirectory(p)) {
            throw new IOException("is a directory, not a text file");
        }
        try {
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file");
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied");
        }
    }
}

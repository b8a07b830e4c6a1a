package io.clinscribe.batch.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs of a batch: every file under a folder (recursively, in name order, hidden files and the
 * output folder left out), or the files a manifest lists, one path a line, relative to the manifest, with
 * blank lines and {@code #} comments ignored. A listed file that does not exist stays an input, so its
 * failure is reported rather than silently dropped.
 */
public final class BatchInputs {

    private BatchInputs() {
    }

    /** @param exclude a folder whose files are never inputs (the batch's own output) */
    public static List<BatchInput> of(Path folderOrManifest, Path exclude) throws IOException {
        return Files.isDirectory(folderOrManifest) ? walk(folderOrManifest, exclude) : manifest(folderOrManifest);
    }

    static List<BatchInput> walk(Path folder, Path exclude) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Path skipped = exclude.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> !p.startsWith(skipped) && Files.isRegularFile(p))
                    .filter(p -> !isHidden(root.relativize(p)))
                    .map(p -> new BatchInput(p, slashes(root.relativize(p))))
                    .sorted(java.util.Comparator.comparing(BatchInput::name))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static List<BatchInput> manifest(Path manifest) throws IOException {
        Path base = manifest.toAbsolutePath().normalize().getParent();
        List<BatchInput> inputs = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            Path file = base.resolve(entry).normalize();
            inputs.add(new BatchInput(file, entry.replace('\\', '/')));
        }
        return inputs;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String slashes(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}

package io.clinscribe.delivery.outbox.storage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the outbox readable by its owner only: the directory 700, its files 600. The outbox holds patient
 * documents, so a directory others can enter is refused rather than silently used (who has read it
 * meanwhile cannot be known, so the user decides); files inside it are set back to 600. On a file system without
 * POSIX permissions (Windows) nothing is checked; the user's profile directory is what protects it there.
 */
public final class OwnerOnlyFiles {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private final boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** Creates the directory (and its parents) with 700, or checks that an existing one is not open to others. */
    public void directory(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            Path parent = directory.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (posix) {
                FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(DIRECTORY);
                Files.createDirectory(directory, ownerOnly);
                // the umask may have taken bits away from what was asked; set them exactly
                Files.setPosixFilePermissions(directory, DIRECTORY);
            } else {
                Files.createDirectory(directory);
            }
            return;
        }
        if (!Files.isDirectory(directory)) {
            throw new IOException("outbox " + directory + " exists and is not a directory");
        }
        if (posix) {
            refuseIfShared(directory, Files.getPosixFilePermissions(directory), "700");
        }
    }

    /**
     * Makes every file in the directory 600, and names the ones that were not. H2 creates its files, and
     * rewrites the database when compacting it, with the umask's permissions; the 700 directory kept others
     * out meanwhile, so a wider file inside it is corrected rather than refused.
     */
    public List<Path> tighten(Path directory) throws IOException {
        if (!posix) {
            return List.of();
        }
        List<Path> widened = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && !Files.getPosixFilePermissions(file).equals(FILE)) {
                    Files.setPosixFilePermissions(file, FILE);
                    widened.add(file);
                }
            }
        }
        return widened;
    }

    /** Creates a file with 600 from the start, so there is no moment it is readable by others. */
    public void file(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        if (posix) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            Files.setPosixFilePermissions(file, FILE);
        } else {
            Files.createFile(file);
        }
    }

    private static void refuseIfShared(Path path, Set<PosixFilePermission> permissions, String mode)
            throws IOException {
        for (PosixFilePermission p : permissions) {
            if (p.name().startsWith("GROUP") || p.name().startsWith("OTHERS")) {
                throw new IOException("outbox " + path + " is open to other users ("
                        + PosixFilePermissions.toString(permissions) + "); it holds patient documents: "
                        + "run chmod " + mode + " " + path);
            }
        }
    }
}

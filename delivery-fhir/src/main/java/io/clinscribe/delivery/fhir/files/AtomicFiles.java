package io.clinscribe.delivery.fhir.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * File writes that survive a crash or power loss whole or not at all: written to a temporary file in the same
 * directory, forced to disk, moved over the target atomically, and the directory forced so the move itself
 * is durable. Files and directories are created readable by the user only: they hold patient data.
 */
final class AtomicFiles {

    private static final Set<PosixFilePermission> USER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> USER_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private AtomicFiles() {
    }

    /** Creates the directory (and parents) readable by the user only, if it does not exist. */
    static void createPrivateDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (posix(directory)) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(USER_DIRECTORY));
            Files.setPosixFilePermissions(directory, USER_DIRECTORY);   // the umask may have taken some away
        } else {
            Files.createDirectories(directory);
        }
    }

    static void write(Path target, byte[] content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp", privateFile(directory));
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                writeFully(channel, content);
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + directory + " cannot replace files atomically", e);
            }
            forceDirectory(directory);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Adds bytes at the end of a file (created user-only if new) and forces them to disk. */
    static void append(Path target, byte[] content) throws IOException {
        if (!Files.exists(target)) {
            try {
                Files.createFile(target, privateFile(target.toAbsolutePath().getParent()));
            } catch (FileAlreadyExistsException raced) {
                // created meanwhile; append to it
            }
            forceDirectory(target.toAbsolutePath().getParent());
        }
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            writeFully(channel, content);
            channel.force(true);
        }
    }

    /** Cuts a file back to {@code length} bytes, undoing appends after it, and forces it to disk. */
    static void truncate(Path target, long length) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
            if (channel.size() > length) {
                channel.truncate(length);
                channel.force(true);
            }
        }
    }

    static void forceDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms (Windows) cannot open a directory; the move is still atomic there.
            if (posix(directory)) {
                throw e;
            }
        }
    }

    private static FileAttribute<?>[] privateFile(Path directory) {
        return posix(directory) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(USER_FILE)}
                : new FileAttribute<?>[0];
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void writeFully(FileChannel channel, byte[] content) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}

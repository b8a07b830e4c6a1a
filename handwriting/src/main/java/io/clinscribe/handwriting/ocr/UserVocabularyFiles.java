package io.clinscribe.handwriting.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

/**
 * A {@link UserVocabulary} written where Tesseract can read it: Tesseract only takes user words and patterns
 * as files named at initialisation. Each file is a fresh temporary file readable and writable by this user
 * only, so no other account can read it or swap its words; it is deleted on close.
 */
final class UserVocabularyFiles implements AutoCloseable {

    private final Optional<Path> words;
    private final Optional<Path> patterns;

    private UserVocabularyFiles(Optional<Path> words, Optional<Path> patterns) {
        this.words = words;
        this.patterns = patterns;
    }

    static UserVocabularyFiles write(UserVocabulary vocabulary) throws OcrException {
        Optional<Path> words = Optional.empty();
        try {
            words = vocabulary.words().isEmpty() ? Optional.empty()
                    : Optional.of(writePrivate("clinscribe-user-words-", vocabulary.words()));
            Optional<Path> patterns = vocabulary.patterns().isEmpty() ? Optional.empty()
                    : Optional.of(writePrivate("clinscribe-user-patterns-", vocabulary.patterns()));
            return new UserVocabularyFiles(words, patterns);
        } catch (IOException e) {
            words.ifPresent(UserVocabularyFiles::delete);
            throw new OcrException("cannot write Tesseract's user word list to the temporary folder: " + e.getMessage(), e);
        }
    }

    private static Path writePrivate(String prefix, List<String> lines) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] userOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Path file = Files.createTempFile(prefix, ".txt", userOnly);
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            delete(file);
            throw e;
        }
        return file;
    }

    Optional<Path> words() {
        return words;
    }

    Optional<Path> patterns() {
        return patterns;
    }

    @Override
    public void close() {
        words.ifPresent(UserVocabularyFiles::delete);
        patterns.ifPresent(UserVocabularyFiles::delete);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary word list holds no patient data; the OS cleans its temporary folder
        }
    }
}

package io.clinscribe.handwriting.ocr;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserVocabularyFilesTest {

    @Test
    void wordsAndPatternsAreWrittenForThisUserOnlyAndDeletedOnClose() throws Exception {
        UserVocabulary vocabulary = new UserVocabulary(List.of("metformin", "Metformin", "mg/dL"), List.of("\\d\\d\\d/\\d\\d"));
        Path words;
        Path patterns;
        try (UserVocabularyFiles files = UserVocabularyFiles.write(vocabulary)) {
            words = files.words().orElseThrow();
            patterns = files.patterns().orElseThrow();
            assertEquals(List.of("metformin", "Metformin", "mg/dL"), Files.readAllLines(words, StandardCharsets.UTF_8));
            assertEquals(List.of("\\d\\d\\d/\\d\\d"), Files.readAllLines(patterns, StandardCharsets.UTF_8));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(words)));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(patterns)));
        }
        assertFalse(Files.exists(words));
        assertFalse(Files.exists(patterns));
    }

    @Test
    void anEmptyVocabularyWritesNothing() throws Exception {
        try (UserVocabularyFiles files = UserVocabularyFiles.write(UserVocabulary.none())) {
            assertTrue(files.words().isEmpty());
            assertTrue(files.patterns().isEmpty());
        }
    }

    @Test
    void aWordWithASpaceIsRefusedSinceTesseractWouldNeverMatchIt() {
        assertThrows(IllegalArgumentException.class, () -> new UserVocabulary(List.of("atrial fibrillation"), List.of()));
    }
}

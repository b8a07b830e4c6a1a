package io.clinscribe.batch.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFilesTest {

    @TempDir
    Path dir;

    @Test
    void resultNamesKeepTheInputsPathAndNeverCollide() throws IOException {
        ResultFiles results = new ResultFiles(dir.resolve("out"));
        assertEquals("notes%2Fa.txt.json", name(results, "notes/a.txt"));
        assertNotEquals(name(results, "notes/a.txt"), name(results, "notes%2Fa.txt"));
        assertEquals("%2E.%2Fx.txt.json", name(results, "../x.txt"));
        assertNotEquals(ResultFiles.REPORT, name(results, "clinscribe-run"));
    }

    @Test
    void aManifestListsFilesRelativeToItselfWithComments() throws IOException {
        Files.createDirectories(dir.resolve("day1"));
        Files.writeString(dir.resolve("day1/a.txt"), "note");
        Files.writeString(dir.resolve("list.txt"), "# today's notes\n\nday1/a.txt\n  day1/missing.txt  \n");
        List<BatchInput> inputs = BatchInputs.of(dir.resolve("list.txt"), dir.resolve("out"));
        assertEquals(List.of("day1/a.txt", "day1/missing.txt"), inputs.stream().map(BatchInput::name).toList());
        assertEquals(dir.resolve("day1/a.txt").toAbsolutePath().normalize(), inputs.get(0).file());
    }

    @Test
    void aFolderIsWalkedWithoutHiddenFilesOrTheOutputFolder() throws IOException {
        Files.createDirectories(dir.resolve("in/sub/.git"));
        Files.createDirectories(dir.resolve("in/out"));
        Files.writeString(dir.resolve("in/b.txt"), "b");
        Files.writeString(dir.resolve("in/sub/a.txt"), "a");
        Files.writeString(dir.resolve("in/sub/.git/config"), "x");
        Files.writeString(dir.resolve("in/.DS_Store"), "x");
        Files.writeString(dir.resolve("in/out/b.txt.json"), "{}");
        List<BatchInput> inputs = BatchInputs.of(dir.resolve("in"), dir.resolve("in/out"));
        assertEquals(List.of("b.txt", "sub/a.txt"), inputs.stream().map(BatchInput::name).toList());
        assertEquals("a", inputs.get(1).id());
    }

    private static String name(ResultFiles results, String input) {
        return results.resultOf(new BatchInput(Path.of(input), input)).getFileName().toString();
    }
}

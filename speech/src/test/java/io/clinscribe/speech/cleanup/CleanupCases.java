package io.clinscribe.speech.cleanup;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Reads test cases written as "spoken TAB expected" lines, with {@code \n} for a line break. */
final class CleanupCases {

    static final DictationCleanup CLEANUP = DictationCleanup.standard();

    private CleanupCases() {
    }

    static Stream<Arguments> parse(String block) {
        return Arrays.stream(block.split("\n"))
                .filter(line -> !line.isBlank())
                .map(line -> {
                    String[] fields = line.split("\t");
                    if (fields.length != 2) {
                        throw new IllegalArgumentException("bad case line: " + line);
                    }
                    return Arguments.of(fields[0].strip(), fields[1].replace("\\n", "\n"));
                });
    }

    static String clean(String spoken) {
        return CLEANUP.clean(spoken).text();
    }
}

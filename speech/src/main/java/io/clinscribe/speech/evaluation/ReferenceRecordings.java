package io.clinscribe.speech.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder of recordings with reference transcripts: {@code transcripts.tsv} holds {@code id<TAB>words}
 * per line (an optional {@code id<TAB>...} header is skipped), and each id's audio is {@code ID.wav},
 * {@code ID.flac} or {@code ID.mp3} beside it.
 */
public final class ReferenceRecordings {

    /** One recording and what was said in it. */
    public record Recording(String id, Path audio, String reference) {
    }

    private ReferenceRecordings() {
    }

    public static List<Recording> read(Path folder) throws IOException {
        Path tsv = folder.resolve("transcripts.tsv");
        if (!Files.isRegularFile(tsv)) {
            throw new IOException(folder + " has no transcripts.tsv (id<TAB>reference per line)");
        }
        List<Recording> recordings = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank() || (lineNumber == 1 && line.startsWith("id\t"))) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IOException(tsv + ":" + lineNumber + ": expected id<TAB>reference");
            }
            String id = line.substring(0, tab);
            Path audio = null;
            for (String extension : new String[] {".wav", ".flac", ".mp3"}) {
                if (Files.isRegularFile(folder.resolve(id + extension))) {
                    audio = folder.resolve(id + extension);
                    break;
                }
            }
            if (audio == null) {
                throw new IOException(tsv + ":" + lineNumber + ": no recording " + id + ".wav, .flac or .mp3 in " + folder);
            }
            recordings.add(new Recording(id, audio, line.substring(tab + 1)));
        }
        return recordings;
    }
}

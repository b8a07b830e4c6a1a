package io.clinscribe.handwriting.ink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the project's sample smart-pen ink ({@code corpora/ink/}) from stroke data: clinical words in
 * the test stroke font, timed as a pen would record them. Run by {@code scripts/make-test-ink.sh}.
 */
public final class InkCorpusWriter {

    private InkCorpusWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        StrokeFont font = new StrokeFont(300);
        List<StrokeFont.Stroke> strokes = new ArrayList<>(font.word("aspirin", 0, 1000));
        strokes.addAll(font.word("insulin", 3500, 1000));
        Files.write(out.resolve("aspirin-insulin.inkml"), InkmlSamples.timedInk(strokes));
        Files.writeString(out.resolve("aspirin-insulin.txt"), "aspirin insulin\n");
    }
}

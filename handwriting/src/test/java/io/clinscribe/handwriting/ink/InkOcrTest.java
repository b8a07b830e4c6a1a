package io.clinscribe.handwriting.ink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.Tesseract;
import net.sourceforge.tess4j.Word;
import org.junit.jupiter.api.Test;

/**
 * End to end: words written as pen strokes, read from InkML, rendered and recognised by Tesseract, and each
 * recognised word mapped back to the strokes and the time it was written. Skipped without the English model.
 */
class InkOcrTest {

    private static final Path TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");

    @Test
    void tesseractReadsRenderedInkAndWordsMapBackToTheirStrokes() throws Exception {
        // Checked first: a wrong tessdata path crashes the JVM inside Tesseract instead of failing.
        assumeTrue(Files.isRegularFile(TESSDATA.resolve("eng.traineddata")), "English Tesseract model not installed");
        StrokeFont font = new StrokeFont(300);
        List<StrokeFont.Stroke> strokes = new ArrayList<>(font.word("aspirin", 0, 1000));
        int firstWordStrokes = strokes.size();
        strokes.addAll(font.word("insulin", 3500, 1000));
        InkDocument ink = new InkmlReader().read(InkmlSamples.timedInk(strokes), "two-words.inkml");
        RenderedInk rendered = new InkRenderer().render(ink);

        Tesseract tesseract = new Tesseract();
        tesseract.setDatapath(TESSDATA.toString());
        tesseract.setLanguage("eng");
        tesseract.setPageSegMode(ITessAPI.TessPageSegMode.PSM_SINGLE_LINE);
        List<Word> words = tesseract.getWords(rendered.image(), ITessAPI.TessPageIteratorLevel.RIL_WORD);
        List<String> texts = words.stream().map(word -> word.getText().strip()).toList();
        assertEquals(List.of("aspirin", "insulin"), texts, "Tesseract read " + texts);

        Rectangle aspirin = words.get(0).getBoundingBox();
        List<String> expectedIds = new ArrayList<>();
        for (int i = 1; i <= firstWordStrokes; i++) {
            expectedIds.add("s" + i);
        }
        assertEquals(expectedIds, rendered.strokesIn(aspirin));
        TimeRange written = rendered.timeRange(aspirin).orElseThrow();
        assertEquals(InkmlSamples.START_MILLIS, written.start());
        assertEquals(InkmlSamples.START_MILLIS + InkmlSamples.strokeStart(firstWordStrokes - 1) + InkmlSamples.STROKE_MS,
                written.end(), 1.0);
        TimeRange insulin = rendered.timeRange(words.get(1).getBoundingBox()).orElseThrow();
        assertTrue(insulin.start() > written.end(), "the second word was written after the first");
    }
}

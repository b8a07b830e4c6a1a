package io.clinscribe.handwriting.ocr;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TesseractEngineTest {

    @Test
    void tsvRowsOfLevelFiveAreWordsWithTheirLines() {
        String tsv = String.join("\n",
                "1\t1\t0\t0\t0\t0\t0\t0\t1400\t560\t-1\t",
                "4\t1\t1\t1\t1\t0\t60\t60\t800\t40\t-1\t",
                "5\t1\t1\t1\t1\t1\t60\t61\t240\t38\t96.5\tLisinopril",
                "5\t1\t1\t1\t1\t2\t318\t61\t46\t30\t95.8\t10",
                "5\t1\t1\t1\t2\t1\t60\t150\t100\t30\t-1\t ",
                "5\t1\t1\t2\t1\t1\t60\t250\t100\t30\t41.2\tBP");
        List<OcrWord> words = TesseractEngine.parseTsv(tsv);
        assertEquals(List.of("Lisinopril", "10", "BP"), words.stream().map(OcrWord::text).toList());
        assertEquals(new OcrWord("Lisinopril", 60, 61, 300, 99, 96.5, 1, 1, 1), words.get(0));
        assertEquals(true, words.get(0).sameLine(words.get(1)));
        assertEquals(false, words.get(1).sameParagraph(words.get(2)));
    }
}

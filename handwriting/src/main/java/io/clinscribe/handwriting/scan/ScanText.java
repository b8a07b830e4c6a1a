package io.clinscribe.handwriting.scan;

import io.clinscribe.handwriting.ocr.OcrWord;
import io.clinscribe.handwriting.ocr.RecognizedPage;
import io.clinscribe.record.PageRegion;
import io.clinscribe.record.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The text of a scanned document as the text pipeline reads it, built from the pages' words in reading
 * order (a space between words, a line break between lines, a blank line between paragraphs and pages),
 * with every word's place in the text, so a span of text maps back to its page and box.
 */
public final class ScanText {

    /** A word and where it stands: its page and its characters {@code [begin, end)} in the text. */
    public record PlacedWord(int page, OcrWord word, int begin, int end) {
    }

    private final String text;
    private final List<PlacedWord> words;

    private ScanText(String text, List<PlacedWord> words) {
        this.text = text;
        this.words = List.copyOf(words);
    }

    public static ScanText of(List<RecognizedPage> pages) {
        StringBuilder text = new StringBuilder();
        List<PlacedWord> placed = new ArrayList<>();
        for (RecognizedPage page : pages) {
            OcrWord previous = null;
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            for (OcrWord word : page.words()) {
                if (previous != null) {
                    text.append(word.sameLine(previous) ? " " : word.sameParagraph(previous) ? "\n" : "\n\n");
                }
                int begin = text.length();
                text.append(word.text());
                placed.add(new PlacedWord(page.number(), word, begin, text.length()));
                previous = word;
            }
        }
        return new ScanText(text.toString(), placed);
    }

    public String text() {
        return text;
    }

    public List<PlacedWord> words() {
        return words;
    }

    /** The words whose characters overlap the span. */
    public List<PlacedWord> wordsIn(Span span) {
        List<PlacedWord> inside = new ArrayList<>();
        for (PlacedWord w : words) {
            if (w.begin() < span.end() && span.begin() < w.end()) {
                inside.add(w);
            }
        }
        return inside;
    }

    /** The box covering the span's words on the page where the span starts. */
    public Optional<PageRegion> region(Span span) {
        List<PlacedWord> inside = wordsIn(span);
        if (inside.isEmpty()) {
            return Optional.empty();
        }
        int page = inside.get(0).page();
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = 0;
        int y1 = 0;
        for (PlacedWord w : inside) {
            if (w.page() != page) {
                continue;
            }
            x0 = Math.min(x0, w.word().x0());
            y0 = Math.min(y0, w.word().y0());
            x1 = Math.max(x1, w.word().x1());
            y1 = Math.max(y1, w.word().y1());
        }
        return Optional.of(new PageRegion(page, x0, y0, x1, y1));
    }

    /** The lowest OCR confidence (0-100) among the span's words. */
    public OptionalDouble lowestConfidence(Span span) {
        return wordsIn(span).stream().mapToDouble(w -> w.word().confidence()).min();
    }
}

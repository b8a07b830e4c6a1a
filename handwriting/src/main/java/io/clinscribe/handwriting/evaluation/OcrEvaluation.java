package io.clinscribe.handwriting.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinscribe.evaluation.EditDistance;
import io.clinscribe.handwriting.ocr.OcrException;
import io.clinscribe.handwriting.ocr.OcrWord;
import io.clinscribe.handwriting.page.ScanInputException;
import io.clinscribe.handwriting.page.ScanReader;
import io.clinscribe.handwriting.scan.ScanPipeline;
import io.clinscribe.handwriting.scan.ScannedDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Scores OCR against references, in one of two layouts:
 * <ul>
 *   <li>a folder of scans, each with its reference text beside it ({@code NAME.png} and {@code NAME.txt}):
 *       character and word error rates over the whole text, whitespace runs counted as one space;</li>
 *   <li>a FUNSD-style folder ({@code images/NAME.png}, {@code annotations/NAME.json} with word boxes):
 *       each reference word is compared with the OCR words whose box centres fall inside its box
 *       (word accuracy, and character error rate over the reference words).</li>
 * </ul>
 * A scan that cannot be read counts all its reference characters as errors and is listed.
 */
public final class OcrEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Totals over a set of scans. */
    public record Report(String layout, int scans, int pages, long characterErrors, long referenceCharacters,
                         long wordErrors, long referenceWords, double seconds, List<String> failures) {

        public double characterErrorRate() {
            return referenceCharacters == 0 ? 0 : (double) characterErrors / referenceCharacters;
        }

        public double wordAccuracy() {
            return referenceWords == 0 ? 0 : 1 - (double) wordErrors / referenceWords;
        }

        public String format() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "ocr (%s): %d scans, %d pages%n  character error rate %.2f%%%n  %s %.1f%%%n  %.2f s per page (one thread)%n",
                    layout, scans, pages, 100 * characterErrorRate(),
                    layout.equals("funsd") ? "word accuracy" : "word error rate",
                    layout.equals("funsd") ? 100 * wordAccuracy() : 100 * (1 - wordAccuracy()),
                    pages == 0 ? 0 : seconds / pages));
            failures.forEach(f -> out.append("  failed: ").append(f).append('\n'));
            return out.toString();
        }
    }

    private final ScanReader reader;
    private final ScanPipeline pipeline;

    public OcrEvaluation(ScanReader reader, ScanPipeline pipeline) {
        this.reader = reader;
        this.pipeline = pipeline;
    }

    public Report run(Path folder) throws IOException {
        return Files.isDirectory(folder.resolve("annotations")) && Files.isDirectory(folder.resolve("images"))
                ? funsd(folder) : plain(folder);
    }

    private Report plain(Path folder) throws IOException {
        List<Path> scans;
        try (Stream<Path> files = Files.list(folder)) {
            scans = files.filter(f -> f.toString().matches("(?i).*\\.(png|jpe?g|tiff?|pdf|inkml)$"))
                    .filter(f -> Files.isRegularFile(reference(f))).sorted().toList();
        }
        long charErrors = 0;
        long chars = 0;
        long wordErrors = 0;
        long words = 0;
        int pages = 0;
        long nanos = 0;
        List<String> failures = new ArrayList<>();
        for (Path scan : scans) {
            String expected = normalise(Files.readString(reference(scan)));
            List<String> expectedWords = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
            chars += expected.length();
            words += expectedWords.size();
            try {
                long t0 = System.nanoTime();
                ScannedDocument read = pipeline.read(scan.getFileName().toString(), reader.read(scan));
                nanos += System.nanoTime() - t0;
                pages += read.pages().size();
                String actual = normalise(read.text().text());
                charErrors += EditDistance.characters(expected, actual);
                wordErrors += EditDistance.items(expectedWords, actual.isEmpty() ? List.of() : List.of(actual.split(" ")));
            } catch (ScanInputException | OcrException e) {
                failures.add(e.getMessage());
                charErrors += expected.length();
                wordErrors += expectedWords.size();
            }
        }
        return new Report("text", scans.size(), pages, charErrors, chars, wordErrors, words, nanos / 1e9, failures);
    }

    private Report funsd(Path folder) throws IOException {
        List<Path> annotations;
        try (Stream<Path> files = Files.list(folder.resolve("annotations"))) {
            annotations = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        long charErrors = 0;
        long chars = 0;
        long wrong = 0;
        long words = 0;
        long nanos = 0;
        int pages = 0;
        List<String> failures = new ArrayList<>();
        for (Path annotation : annotations) {
            String name = annotation.getFileName().toString().replaceFirst("\\.json$", "");
            Path image = folder.resolve("images").resolve(name + ".png");
            List<JsonNode> reference = new ArrayList<>();
            for (JsonNode block : JSON.readTree(annotation.toFile()).path("form")) {
                for (JsonNode word : block.path("words")) {
                    if (!word.path("text").asText("").isBlank()) {
                        reference.add(word);
                    }
                }
            }
            List<OcrWord> read = List.of();
            try {
                long t0 = System.nanoTime();
                ScannedDocument scan = pipeline.read(name, reader.read(image));
                nanos += System.nanoTime() - t0;
                pages += scan.pages().size();
                read = scan.pages().get(0).words();
            } catch (ScanInputException | OcrException e) {
                failures.add(e.getMessage());
            }
            for (JsonNode word : reference) {
                String expected = word.path("text").asText().strip();
                JsonNode box = word.path("box");
                StringBuilder actual = new StringBuilder();
                for (OcrWord w : read) {
                    double cx = (w.x0() + w.x1()) / 2.0;
                    double cy = (w.y0() + w.y1()) / 2.0;
                    if (cx >= box.get(0).asInt() && cx <= box.get(2).asInt() && cy >= box.get(1).asInt() && cy <= box.get(3).asInt()) {
                        actual.append(actual.isEmpty() ? "" : " ").append(w.text());
                    }
                }
                words++;
                chars += expected.length();
                charErrors += EditDistance.characters(expected, actual.toString());
                wrong += expected.contentEquals(actual) ? 0 : 1;
            }
        }
        return new Report("funsd", annotations.size(), pages, charErrors, chars, wrong, words, nanos / 1e9, failures);
    }

    private static Path reference(Path scan) {
        return scan.resolveSibling(scan.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".txt");
    }

    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}

package io.clinscribe.handwriting.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clinscribe.handwriting.form.FieldReading;
import io.clinscribe.handwriting.form.FormReader;
import io.clinscribe.handwriting.form.FormTemplate;
import io.clinscribe.handwriting.ocr.OcrException;
import io.clinscribe.handwriting.page.ScanInputException;
import io.clinscribe.handwriting.page.ScanPage;
import io.clinscribe.handwriting.page.ScanReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Scores form reading: for each {@code NAME.expected.json} in a folder ({@code template}: the template
 * file beside it; {@code values}: field -> expected value, checkboxes as true/false), the scan
 * {@code NAME.jpg|png|tif|pdf} is read and every field compared (text case-insensitively with whitespace
 * collapsed). Also counts how many wrong fields were flagged for review: a wrong value that is flagged
 * costs a person a look, an unflagged one would reach the record.
 */
public final class FormEvaluation {

    /** Totals over the forms. */
    public record Report(int forms, int fields, int correct, int wrongFlagged, int rightFlagged, List<String> mismatches) {

        public double accuracy() {
            return fields == 0 ? 0 : (double) correct / fields;
        }

        public String format(boolean listMismatches) {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "forms: %d forms, %d fields%n  field accuracy %.1f%% (%d/%d)%n  wrong values flagged for review: %d of %d%n"
                            + "  right values flagged for review: %d%n",
                    forms, fields, 100 * accuracy(), correct, fields, wrongFlagged, fields - correct, rightFlagged));
            if (listMismatches) {
                mismatches.forEach(m -> out.append("  ").append(m).append('\n'));
            }
            return out.toString();
        }
    }

    private final ScanReader reader;
    private final FormReader formReader;

    public FormEvaluation(ScanReader reader, FormReader formReader) {
        this.reader = reader;
        this.formReader = formReader;
    }

    public Report run(Path folder) throws IOException {
        List<Path> expectations;
        try (Stream<Path> files = Files.list(folder)) {
            expectations = files.filter(f -> f.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        int fields = 0;
        int correct = 0;
        int wrongFlagged = 0;
        int rightFlagged = 0;
        List<String> mismatches = new ArrayList<>();
        for (Path expectation : expectations) {
            JsonNode expected = json.readTree(expectation.toFile());
            String name = expectation.getFileName().toString().replaceFirst("\\.expected\\.json$", "");
            FormTemplate template = FormTemplate.read(folder.resolve(expected.path("template").asText()));
            Path scan = Stream.of(".jpg", ".png", ".tif", ".pdf").map(e -> folder.resolve(name + e))
                    .filter(Files::isRegularFile).findFirst()
                    .orElseThrow(() -> new IOException(expectation + ": no scan " + name + ".jpg, .png, .tif or .pdf"));
            List<FieldReading> readings;
            try {
                ScanPage page = reader.read(scan).get(0);
                readings = formReader.read(template, page.number(), page.image());
            } catch (ScanInputException | OcrException e) {
                fields += expected.path("values").size();
                mismatches.add(name + ": " + e.getMessage());
                continue;
            }
            for (FieldReading r : readings) {
                JsonNode want = expected.path("values").get(r.field().name());
                if (want == null) {
                    continue;
                }
                fields++;
                boolean right = normalise(want.asText()).equals(normalise(r.value().orElse("")));
                if (right) {
                    correct++;
                    rightFlagged += r.needsReview() ? 1 : 0;
                } else {
                    wrongFlagged += r.needsReview() ? 1 : 0;
                    mismatches.add(name + " " + r.field().name() + ": expected '" + want.asText() + "', read '"
                            + r.value().orElse("") + "'" + (r.needsReview() ? " (flagged)" : ""));
                }
            }
        }
        return new Report(expectations.size(), fields, correct, wrongFlagged, rightFlagged, mismatches);
    }

    private static String normalise(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

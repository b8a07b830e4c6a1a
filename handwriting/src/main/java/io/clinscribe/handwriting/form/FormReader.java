package io.clinscribe.handwriting.form;

import io.clinscribe.handwriting.ocr.OcrException;
import io.clinscribe.handwriting.ocr.OcrWord;
import io.clinscribe.handwriting.ocr.RecognizedPage;
import io.clinscribe.handwriting.ocr.TesseractEnginePool;
import io.clinscribe.record.PageRegion;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a filled paper form: aligns the scan to the template, reads each text zone as one line of
 * writing (digits, dates and vitals with the letters handwriting OCR confuses for digits mapped back, and
 * checked against the field's pattern), and measures the ink in each checkbox. Anything it cannot be
 * sure of (a value that breaks its pattern, low confidence, ink that reads as nothing, a half-filled box,
 * two answers or none in a yes/no group, a form it could not register) is kept and flagged for review.
 */
public final class FormReader {

    /** Ink share of a box's inside above which it counts as ticked, below which as empty; between: unsure. */
    static final double TICKED = 0.10;
    static final double EMPTY = 0.03;
    static final double LOW_CONFIDENCE = 60;

    private static final Pattern DATE = Pattern.compile("^\\d{2}/\\d{2}/\\d{4}$");

    private final TesseractEnginePool singleLineEngines;

    /** @param singleLineEngines engines set to single-line page segmentation (mode 7) */
    public FormReader(TesseractEnginePool singleLineEngines) {
        this.singleLineEngines = singleLineEngines;
    }

    public List<FieldReading> read(FormTemplate template, int pageNumber, BufferedImage scan) throws OcrException {
        FormAlignment alignment = FormAlignment.align(template, scan);
        List<FieldReading> readings = new ArrayList<>();
        for (FormTemplate.Field field : template.fields()) {
            Rectangle box = alignment.map(field.zone(), field.kind() == FormTemplate.Kind.CHECKBOX ? 0 : 12,
                    scan.getWidth(), scan.getHeight());
            PageRegion region = new PageRegion(pageNumber, box.x, box.y, box.x + box.width, box.y + box.height);
            List<String> reasons = new ArrayList<>();
            if (!alignment.registered()) {
                reasons.add("form not registered: " + alignment.marksFound() + " of "
                        + template.registrationMarks().size() + " corner marks found");
            }
            readings.add(field.kind() == FormTemplate.Kind.CHECKBOX
                    ? checkbox(field, scan, box, region, reasons)
                    : written(field, pageNumber, scan, box, region, reasons));
        }
        return checkGroups(readings);
    }

    private static FieldReading checkbox(FormTemplate.Field field, BufferedImage scan, Rectangle box, PageRegion region,
                                         List<String> reasons) {
        // The inside only: the printed border would otherwise count as ink.
        int inset = Math.max(2, box.width / 5);
        Rectangle inside = new Rectangle(box.x + inset, box.y + inset, Math.max(1, box.width - 2 * inset),
                Math.max(1, box.height - 2 * inset));
        double ink = FormImages.inkShare(scan, inside);
        boolean ticked = ink >= TICKED;
        if (ink > EMPTY && ink < TICKED) {
            reasons.add("unclear tick");
        }
        double confidence = ticked ? Math.min(100, 100 * ink / TICKED) : Math.min(100, 100 * (1 - ink / TICKED));
        return new FieldReading(field, Optional.of(Boolean.toString(ticked)), region, confidence, reasons);
    }

    private FieldReading written(FormTemplate.Field field, int pageNumber, BufferedImage scan, Rectangle box,
                                 PageRegion region, List<String> reasons) throws OcrException {
        BufferedImage crop = FormImages.writing(scan, box);
        // Numeric fields can only hold these; limiting recognition to them keeps letters out of a reading.
        String characters = switch (field.kind()) {
            case DIGITS -> "0123456789";
            case DATE -> "0123456789/";
            case VITAL -> "0123456789/.";
            default -> "";
        };
        RecognizedPage read = singleLineEngines.read(pageNumber, crop, characters);
        List<String> words = read.words().stream().map(OcrWord::text).toList();
        double confidence = read.words().stream().mapToDouble(OcrWord::confidence).min().orElse(0);
        String raw = String.join(" ", words).strip();
        if (raw.isEmpty()) {
            if (FormImages.inkShare(scan, box) > 0.01) {
                reasons.add("unreadable writing");
                return new FieldReading(field, Optional.empty(), region, 0, reasons);
            }
            return new FieldReading(field, Optional.empty(), region, 100, reasons);
        }
        String value = switch (field.kind()) {
            case DIGITS, DATE, VITAL -> numeric(raw, field);
            default -> raw;
        };
        Optional<Pattern> expected = field.pattern().map(Pattern::compile)
                .or(() -> field.kind() == FormTemplate.Kind.DATE ? Optional.of(DATE) : Optional.empty());
        if (field.kind() == FormTemplate.Kind.DIGITS && !value.matches("\\d+")) {
            reasons.add("not all digits");
        }
        if (expected.isPresent() && !expected.get().matcher(value).matches()) {
            reasons.add("value does not match the field's format");
        }
        if (confidence < LOW_CONFIDENCE) {
            reasons.add("low OCR confidence");
        }
        return new FieldReading(field, Optional.of(value), region, confidence, reasons);
    }

    /** Handwriting OCR reads digits as look-alike letters; in a numeric field they can only be digits. */
    static String numeric(String raw, FormTemplate.Field field) {
        StringBuilder out = new StringBuilder();
        for (char c : raw.toCharArray()) {
            char d = switch (c) {
                case 'O', 'o', 'D', 'Q' -> '0';
                case 'l', 'I', 'i', '|', '!' -> '1';
                case 'Z', 'z' -> '2';
                case 'S', 's' -> '5';
                case 'B' -> '8';
                case 'G', 'b' -> '6';
                case 'g', 'q' -> '9';
                case ',' -> '.';
                case '\\' -> '/';
                default -> c;
            };
            if (Character.isDigit(d) || d == '.' || d == '/') {
                out.append(d);
            }
        }
        // A printed unit next to the zone, if the crop caught it, is not part of the value.
        String value = out.toString();
        return field.printedUnit().isPresent() ? value.replaceAll("[/.]$", "") : value;
    }

    private static boolean isIdentity(FormTemplate.Field f) {
        return f.kind() == FormTemplate.Kind.DATE || f.kind() == FormTemplate.Kind.DIGITS
                || f.name().matches("(?i).*(name|mrn|birth|address|phone).*");
    }

    /** In a question group exactly one box may be ticked; otherwise every box of it goes to review. */
    private static List<FieldReading> checkGroups(List<FieldReading> readings) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < readings.size(); i++) {
            FieldReading r = readings.get(i);
            if (r.field().kind() == FormTemplate.Kind.CHECKBOX && r.field().group().isPresent()) {
                groups.computeIfAbsent(r.field().group().get(), g -> new ArrayList<>()).add(i);
            }
        }
        List<FieldReading> out = new ArrayList<>(readings);
        for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
            long ticked = group.getValue().stream().filter(i -> readings.get(i).value().orElse("").equals("true")).count();
            if (ticked != 1) {
                for (int i : group.getValue()) {
                    FieldReading r = out.get(i);
                    List<String> reasons = new ArrayList<>(r.reviewReasons());
                    reasons.add(ticked == 0 ? "no answer ticked" : "more than one answer ticked");
                    out.set(i, new FieldReading(r.field(), r.value(), r.box(), r.confidence(), reasons));
                }
            }
        }
        return out;
    }

    /**
     * A line of text for the text pipeline: "Label: value unit"; for a ticked yes/no answer the question
     * itself, or "No" and the question ("Diabetes.", "No smoker."), the shape the assertion rules know.
     * Identity fields (names, dates, record numbers) are not clinical content and give no line.
     */
    static Optional<String> asText(FieldReading reading) {
        FormTemplate.Field f = reading.field();
        if (reading.value().isEmpty() || isIdentity(f)) {
            return Optional.empty();
        }
        if (f.kind() == FormTemplate.Kind.CHECKBOX) {
            if (!reading.value().get().equals("true") || f.group().isEmpty()) {
                return Optional.empty();
            }
            String question = f.group().get().replace('_', ' ');
            boolean no = f.value().map(v -> v.equalsIgnoreCase("no")).orElse(false);
            return Optional.of(no ? "No " + question + "." : Character.toUpperCase(question.charAt(0)) + question.substring(1) + ".");
        }
        String unit = f.printedUnit().map(u -> u.equals("%") ? u : " " + u).orElse("");
        return Optional.of(f.label() + ": " + reading.value().get() + unit);
    }

}

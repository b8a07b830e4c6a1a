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
    /** A numeric reading this sure, fitting its field, is taken without the other readings. */
    static final double SURE = 90;

    /** Tesseract's "raw line" page segmentation: the image is one line, with none of mode 7's line fitting. */
    public static final int RAW_LINE = 13;

    private final TesseractEnginePool singleLineEngines;
    private final Optional<TesseractEnginePool> rawLineEngines;
    private final WritingPreparation preparation;

    /**
     * Reads numeric fields with single-line engines only. Prefer {@link #FormReader(TesseractEnginePool,
     * TesseractEnginePool)}: raw-line readings of the same digits disagree with mode 7's in useful ways.
     *
     * @param singleLineEngines engines set to single-line page segmentation (mode 7)
     */
    public FormReader(TesseractEnginePool singleLineEngines) {
        this(singleLineEngines, Optional.empty(), WritingPreparation.standard());
    }

    /**
     * @param singleLineEngines engines set to single-line page segmentation (mode 7): text fields and half
     *                          of the numeric readings
     * @param rawLineEngines    engines set to raw-line page segmentation ({@link #RAW_LINE}): the other half
     */
    public FormReader(TesseractEnginePool singleLineEngines, TesseractEnginePool rawLineEngines) {
        this(singleLineEngines, Optional.of(rawLineEngines), WritingPreparation.standard());
        if (rawLineEngines.settings().pageSegmentationMode() != RAW_LINE) {
            throw new IllegalArgumentException("raw-line engines must use page segmentation mode " + RAW_LINE);
        }
    }

    FormReader(TesseractEnginePool singleLineEngines, Optional<TesseractEnginePool> rawLineEngines,
               WritingPreparation preparation) {
        this.singleLineEngines = singleLineEngines;
        this.rawLineEngines = rawLineEngines;
        this.preparation = preparation;
    }

    /** Reads the page as {@code template}, first matching it to the page (alignment, printed anchors). */
    public List<FieldReading> read(FormTemplate template, int pageNumber, BufferedImage scan) throws OcrException {
        return read(AnchorRecognition.match(template, scan, singleLineEngines), pageNumber, scan);
    }

    /** Reads the fields of the page a recognition matched to a form. */
    public List<FieldReading> read(FormMatch match, int pageNumber, BufferedImage scan) throws OcrException {
        FormTemplate template = match.form();
        FormAlignment alignment = match.alignment();
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
            if (match.otherPrintedWords()) {
                // read as this form because someone said so, but its printed words say otherwise
                reasons.add("the printed title and headings do not read as form " + template.name());
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
        Optional<InkMask> writing = WritingPreparation.writing(scan, box);
        if (writing.isEmpty()) {
            return new FieldReading(field, Optional.empty(), region, 100, reasons);
        }
        if (field.kind() == FormTemplate.Kind.TEXT) {
            Line line = read(pageNumber, preparation.image(writing.get(), false), "");
            if (line.text().isEmpty()) {
                reasons.add("unreadable writing");
                return new FieldReading(field, Optional.empty(), region, 0, reasons);
            }
            if (line.confidence() < LOW_CONFIDENCE) {
                reasons.add("low OCR confidence");
            }
            return new FieldReading(field, Optional.of(line.text()), region, line.confidence(), reasons);
        }
        // Tesseract's line model drops or misreads handwritten digits differently with and without the digit
        // limit, the glyphs spaced or not, and in single-line or raw-line mode; the field's format and the
        // readings' agreement choose among four readings of the same ink. Measured on 11 drawn forms (99
        // numeric fields): 44 right with the one limited single-line reading, 53 with four single-line
        // readings, 58 with this mix of two single-line and two raw-line readings (all eight: 59).
        BufferedImage asWritten = preparation.image(writing.get(), false);
        ReadingChoice.Candidate first = limited(singleLineEngines, pageNumber, asWritten, field);
        if (first.confidence() >= SURE && FieldFormat.problems(field, first.value()).isEmpty()) {
            // A sure reading that fits needs no second opinion: on the 99 numeric fields above, stopping here
            // for 32 of them changed no outcome and saved three readings each.
            return new FieldReading(field, Optional.of(first.value()), region, first.confidence(), reasons);
        }
        List<ReadingChoice.Candidate> candidates = new ArrayList<>();
        candidates.add(first);
        BufferedImage spaced = preparation.image(writing.get(), true);
        free(singleLineEngines, pageNumber, spaced, field).ifPresent(candidates::add);
        if (rawLineEngines.isPresent()) {
            candidates.add(limited(rawLineEngines.get(), pageNumber, asWritten, field));
            free(rawLineEngines.get(), pageNumber, spaced, field).ifPresent(candidates::add);
        } else {
            candidates.add(limited(singleLineEngines, pageNumber, spaced, field));
            free(singleLineEngines, pageNumber, asWritten, field).ifPresent(candidates::add);
        }
        ReadingChoice.Choice choice = ReadingChoice.choose(candidates, v -> FieldFormat.problems(field, v), LOW_CONFIDENCE);
        reasons.addAll(choice.reasons());
        return new FieldReading(field, choice.value().isEmpty() ? Optional.empty() : Optional.of(choice.value()),
                region, choice.confidence(), reasons);
    }

    /** A line's words joined, and the confidence of its least sure word. */
    private record Line(String text, double confidence) {
    }

    private Line read(int pageNumber, BufferedImage image, String characters) throws OcrException {
        return read(singleLineEngines, pageNumber, image, characters);
    }

    private static Line read(TesseractEnginePool engines, int pageNumber, BufferedImage image, String characters)
            throws OcrException {
        RecognizedPage read = engines.read(pageNumber, image, characters);
        String text = String.join(" ", read.words().stream().map(OcrWord::text).toList()).strip();
        return new Line(text, read.words().stream().mapToDouble(OcrWord::confidence).min().orElse(0));
    }

    /** A reading limited to the characters the field can hold. */
    private static ReadingChoice.Candidate limited(TesseractEnginePool engines, int pageNumber, BufferedImage image,
                                                   FormTemplate.Field field) throws OcrException {
        Line line = read(engines, pageNumber, image, characters(field));
        return new ReadingChoice.Candidate(numeric(line.text(), field), line.confidence());
    }

    /** A reading without the limit, kept only when it is all digits or their look-alikes. */
    private static Optional<ReadingChoice.Candidate> free(TesseractEnginePool engines, int pageNumber, BufferedImage image,
                                                          FormTemplate.Field field) throws OcrException {
        Line line = read(engines, pageNumber, image, "");
        return lookAlikeDigits(line.text(), field).map(v -> new ReadingChoice.Candidate(v, line.confidence()));
    }

    /** Numeric fields can only hold these; limiting recognition to them keeps letters out of a reading. */
    private static String characters(FormTemplate.Field field) {
        return switch (field.kind()) {
            case DIGITS -> "0123456789";
            case DATE -> "0123456789/";
            case VITAL -> "0123456789/.";
            default -> "";
        };
    }

    /** Handwriting OCR reads digits as look-alike letters; in a numeric field they can only be digits. */
    static String numeric(String raw, FormTemplate.Field field) {
        StringBuilder out = new StringBuilder();
        for (char c : raw.toCharArray()) {
            char d = lookAlike(c);
            if (Character.isDigit(d) || d == '.' || d == '/') {
                out.append(d);
            }
        }
        // A printed unit next to the zone, if the crop caught it, is not part of the value.
        String value = out.toString();
        return field.printedUnit().isPresent() ? value.replaceAll("[/.]$", "") : value;
    }

    /**
     * A reading made without the digit limit, as digits: only when every character in it is a digit, a
     * separator or a letter handwriting OCR takes for a digit. A reading with any other letter is not a
     * number read wrongly but something else, and dropping the letter would make up a shorter number.
     */
    static Optional<String> lookAlikeDigits(String raw, FormTemplate.Field field) {
        for (char c : raw.toCharArray()) {
            char d = lookAlike(c);
            if (!Character.isDigit(d) && d != '.' && d != '/' && !Character.isWhitespace(c)) {
                return Optional.empty();
            }
        }
        String value = numeric(raw, field);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static char lookAlike(char c) {
        return switch (c) {
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

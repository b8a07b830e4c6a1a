package io.clinscribe.evaluation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.clinscribe.record.EntryKind;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scores of a run against gold: entry detection per kind and micro-averaged, then on matched pairs the
 * assertion flags, every attribute (keyed {@code kind.attribute}), all medication attributes together, and
 * code hits per kind. {@code NaN} marks a measure with nothing to measure.
 */
public record EvaluationReport(int documents, int documentsWithoutPrediction, List<KindScore> kinds,
                               PrecisionRecall micro, int matchedPairs, List<AssertionScore> assertions,
                               Map<String, Accuracy> attributes, Accuracy medicationAttributes,
                               Map<EntryKind, CodeScore> codes, CodeScore allCodes) {

    private static final JsonFactory JSON = new JsonFactory();

    public EvaluationReport {
        kinds = List.copyOf(kinds);
        assertions = List.copyOf(assertions);
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        codes = java.util.Collections.unmodifiableMap(codes.isEmpty() ? new EnumMap<>(EntryKind.class) : new EnumMap<>(codes));
    }

    /** The score of one kind, or an empty score when neither side had that kind. */
    public KindScore kind(EntryKind kind) {
        return kinds.stream().filter(k -> k.kind() == kind).findFirst()
                .orElse(new KindScore(kind, 0, 0, PrecisionRecall.NONE, 0));
    }

    public AssertionScore assertion(String flag) {
        return assertions.stream().filter(a -> a.flag().equals(flag)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no assertion flag " + flag));
    }

    /** The accuracy of {@code kind.attribute} (e.g. "medication.strength"), empty when never compared. */
    public Accuracy attribute(String key) {
        return attributes.getOrDefault(key, Accuracy.NONE);
    }

    /** Matched entries of every kind whose span equals the gold span. */
    public int exactSpans() {
        return kinds.stream().mapToInt(KindScore::exactSpans).sum();
    }

    /** A table for the terminal. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Documents: %d%s%n%n", documents,
                documentsWithoutPrediction == 0 ? "" : " (" + documentsWithoutPrediction + " without prediction)"));
        out.append(String.format(Locale.ROOT, "%-14s %6s %6s %6s %6s %6s %7s %7s %7s %6s%n",
                "kind", "gold", "pred", "TP", "FP", "FN", "P", "R", "F1", "exact"));
        for (KindScore k : kinds) {
            detectionRow(out, k.kind().code(), k.gold(), k.predicted(), k.matching(), k.exactSpans());
        }
        int gold = kinds.stream().mapToInt(KindScore::gold).sum();
        int predicted = kinds.stream().mapToInt(KindScore::predicted).sum();
        detectionRow(out, "all (micro)", gold, predicted, micro, exactSpans());
        out.append("  (exact: matched entries whose span equals the gold span)\n");

        out.append(String.format(Locale.ROOT, "%nAssertions on %d matched pairs%n", matchedPairs));
        out.append(String.format(Locale.ROOT, "%-14s %9s %6s %6s %6s %7s %7s %7s%n",
                "flag", "accuracy", "TP", "FP", "FN", "P", "R", "F1"));
        for (AssertionScore a : assertions) {
            PrecisionRecall pr = a.whenSet();
            out.append(String.format(Locale.ROOT, "%-14s %9s %6d %6d %6d %7s %7s %7s%n",
                    a.flag().equals("subject") ? "subject*" : a.flag(), number(a.accuracy().value()),
                    pr.truePositives(), pr.falsePositives(), pr.falseNegatives(),
                    number(pr.precision()), number(pr.recall()), number(pr.f1())));
        }
        out.append("  (TP/FP/FN/P/R/F1 of the flag being set; subject*: a subject other than the patient)\n");

        out.append(String.format(Locale.ROOT, "%nAttributes on matched pairs%n"));
        out.append(String.format(Locale.ROOT, "%-28s %8s %8s %9s%n", "attribute", "compared", "correct", "accuracy"));
        attributes.forEach((key, acc) -> accuracyRow(out, key, acc));
        if (medicationAttributes.total() > 0) {
            accuracyRow(out, "medication (all attributes)", medicationAttributes);
        }

        out.append(String.format(Locale.ROOT, "%nCodes on matched pairs%n"));
        out.append(String.format(Locale.ROOT, "%-14s %6s %6s %9s %6s %8s %10s%n",
                "kind", "gold", "found", "hit rate", "pred", "correct", "precision"));
        codes.forEach((kind, c) -> codeRow(out, kind.code(), c));
        codeRow(out, "all", allCodes);
        return out.toString();
    }

    /** The report as one JSON object, measures as numbers and undefined ones as null. */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("documents", documents);
            json.writeNumberField("documentsWithoutPrediction", documentsWithoutPrediction);
            json.writeObjectFieldStart("entries");
            for (KindScore k : kinds) {
                json.writeObjectFieldStart(k.kind().code());
                json.writeNumberField("gold", k.gold());
                json.writeNumberField("predicted", k.predicted());
                writeDetection(json, k.matching());
                json.writeNumberField("exactSpans", k.exactSpans());
                json.writeEndObject();
            }
            json.writeObjectFieldStart("micro");
            writeDetection(json, micro);
            json.writeNumberField("exactSpans", exactSpans());
            json.writeEndObject();
            json.writeEndObject();
            json.writeNumberField("matchedPairs", matchedPairs);
            json.writeObjectFieldStart("assertions");
            for (AssertionScore a : assertions) {
                json.writeObjectFieldStart(a.flag());
                writeAccuracy(json, a.accuracy());
                json.writeObjectFieldStart("whenSet");
                writeDetection(json, a.whenSet());
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeObjectFieldStart("attributes");
            for (Map.Entry<String, Accuracy> e : attributes.entrySet()) {
                json.writeObjectFieldStart(e.getKey());
                writeAccuracy(json, e.getValue());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeObjectFieldStart("medicationAttributes");
            writeAccuracy(json, medicationAttributes);
            json.writeEndObject();
            json.writeObjectFieldStart("codes");
            for (Map.Entry<EntryKind, CodeScore> e : codes.entrySet()) {
                json.writeObjectFieldStart(e.getKey().code());
                writeCodes(json, e.getValue());
                json.writeEndObject();
            }
            json.writeObjectFieldStart("all");
            writeCodes(json, allCodes);
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void detectionRow(StringBuilder out, String label, int gold, int predicted, PrecisionRecall pr,
                                     int exact) {
        out.append(String.format(Locale.ROOT, "%-14s %6d %6d %6d %6d %6d %7s %7s %7s %6d%n", label, gold, predicted,
                pr.truePositives(), pr.falsePositives(), pr.falseNegatives(),
                number(pr.precision()), number(pr.recall()), number(pr.f1()), exact));
    }

    private static void accuracyRow(StringBuilder out, String label, Accuracy a) {
        out.append(String.format(Locale.ROOT, "%-28s %8d %8d %9s%n", label, a.total(), a.correct(), number(a.value())));
    }

    private static void codeRow(StringBuilder out, String label, CodeScore c) {
        out.append(String.format(Locale.ROOT, "%-14s %6d %6d %9s %6d %8d %10s%n", label, c.goldCodes(),
                c.goldCodesFound(), number(c.hitRate()), c.predictedCodes(), c.predictedCodesCorrect(),
                number(c.precision())));
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static void writeDetection(JsonGenerator json, PrecisionRecall pr) throws IOException {
        json.writeNumberField("tp", pr.truePositives());
        json.writeNumberField("fp", pr.falsePositives());
        json.writeNumberField("fn", pr.falseNegatives());
        writeMeasure(json, "precision", pr.precision());
        writeMeasure(json, "recall", pr.recall());
        writeMeasure(json, "f1", pr.f1());
    }

    private static void writeAccuracy(JsonGenerator json, Accuracy a) throws IOException {
        json.writeNumberField("compared", a.total());
        json.writeNumberField("correct", a.correct());
        writeMeasure(json, "accuracy", a.value());
    }

    private static void writeCodes(JsonGenerator json, CodeScore c) throws IOException {
        json.writeNumberField("gold", c.goldCodes());
        json.writeNumberField("found", c.goldCodesFound());
        writeMeasure(json, "hitRate", c.hitRate());
        json.writeNumberField("predicted", c.predictedCodes());
        json.writeNumberField("correct", c.predictedCodesCorrect());
        writeMeasure(json, "precision", c.precision());
    }

    private static void writeMeasure(JsonGenerator json, String name, double v) throws IOException {
        if (Double.isNaN(v)) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, Math.round(v * 10000) / 10000.0);
        }
    }
}

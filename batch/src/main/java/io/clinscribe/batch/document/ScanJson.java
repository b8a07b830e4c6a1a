package io.clinscribe.batch.document;

import com.fasterxml.jackson.core.JsonGenerator;
import io.clinscribe.handwriting.form.FieldReading;
import io.clinscribe.handwriting.ink.RenderedInk;
import io.clinscribe.handwriting.ocr.OcrWord;
import io.clinscribe.handwriting.ocr.RecognizedPage;
import io.clinscribe.handwriting.page.ScanPage;
import io.clinscribe.handwriting.scan.ScannedDocument;
import io.clinscribe.json.EntriesJsonWriter;
import java.awt.Rectangle;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code pages} of a scanned document (size, where the words came from, words with boxes and
 * confidences, and for ink the strokes and times of each word) and, for a filled form, its {@code form}
 * (template, page size, fields with value, box, confidence and review reasons).
 */
public record ScanJson(Optional<ScannedDocument> scan, Optional<FormReading> form) implements EntriesJsonWriter.ExtraFields {

    /** A filled form as read: the template's name, the page, and its fields. */
    public record FormReading(String template, ScanPage page, List<FieldReading> fields) {
    }

    @Override
    public void write(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("pages");
        if (scan.isPresent()) {
            for (RecognizedPage page : scan.get().pages()) {
                RenderedInk ink = scan.get().ink().get(page.number());
                json.writeStartObject();
                json.writeNumberField("page", page.number());
                json.writeNumberField("width", page.width());
                json.writeNumberField("height", page.height());
                json.writeStringField("source", ink != null ? "ink" : page.source() == RecognizedPage.Source.OCR ? "ocr" : "text-layer");
                json.writeArrayFieldStart("words");
                for (OcrWord w : page.words()) {
                    json.writeStartObject();
                    json.writeStringField("text", w.text());
                    json.writeArrayFieldStart("box");
                    json.writeNumber(w.x0());
                    json.writeNumber(w.y0());
                    json.writeNumber(w.x1());
                    json.writeNumber(w.y1());
                    json.writeEndArray();
                    json.writeNumberField("confidence", Math.round(w.confidence() * 10) / 10.0);
                    if (w.readAs().isPresent()) {
                        json.writeStringField("readAs", w.readAs().get()); // what OCR read before the correction
                    }
                    if (ink != null) {
                        // Digital ink: which strokes the word was written with, and when.
                        Rectangle box = new Rectangle(w.x0(), w.y0(), w.x1() - w.x0(), w.y1() - w.y0());
                        json.writeArrayFieldStart("strokes");
                        for (String stroke : ink.strokesIn(box)) {
                            json.writeString(stroke);
                        }
                        json.writeEndArray();
                        var time = ink.timeRange(box);
                        if (time.isPresent()) {
                            json.writeObjectFieldStart("inkTime");
                            json.writeNumberField("start", time.get().start());
                            json.writeNumberField("end", time.get().end());
                            json.writeStringField("basis", time.get().basis().name().toLowerCase(Locale.ROOT));
                            json.writeEndObject();
                        }
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        if (form.isPresent()) {
            FormReading reading = form.get();
            json.writeObjectFieldStart("form");
            json.writeStringField("template", reading.template());
            json.writeNumberField("width", reading.page().image().getWidth());
            json.writeNumberField("height", reading.page().image().getHeight());
            json.writeArrayFieldStart("fields");
            for (FieldReading f : reading.fields()) {
                json.writeStartObject();
                json.writeStringField("name", f.field().name());
                if (f.value().isPresent()) {
                    json.writeStringField("value", f.value().get());
                } else {
                    json.writeNullField("value");
                }
                json.writeArrayFieldStart("box");
                json.writeNumber(f.box().x0());
                json.writeNumber(f.box().y0());
                json.writeNumber(f.box().x1());
                json.writeNumber(f.box().y1());
                json.writeEndArray();
                json.writeNumberField("confidence", Math.round(f.confidence() * 10) / 10.0);
                json.writeBooleanField("needsReview", f.needsReview());
                json.writeArrayFieldStart("reviewReasons");
                for (String reason : f.reviewReasons()) {
                    json.writeString(reason);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}

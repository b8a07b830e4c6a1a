package io.clinscribe.handwriting.form;

import io.clinscribe.pipeline.ClinicalTextPipeline;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.Entry;
import io.clinscribe.record.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a read form into entries: each filled field becomes a line ("Blood pressure: 142/88 mmHg",
 * "Allergies: penicillin - rash", "Smoker: no") that the text pipeline reads like any note, so a vitals
 * field becomes a coded vital sign; each entry then takes its field's box and review reasons.
 */
public final class FormEntries {

    private FormEntries() {
    }

    /** The form as text, and which field each line came from. */
    public record FormText(String text, List<int[]> lineSpans, List<FieldReading> lineFields) {
    }

    public static FormText text(List<FieldReading> readings) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        List<FieldReading> fields = new ArrayList<>();
        for (FieldReading reading : readings) {
            Optional<String> line = FormReader.asText(reading);
            if (line.isEmpty()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            spans.add(new int[] {text.length(), text.length() + line.get().length()});
            fields.add(reading);
            text.append(line.get());
        }
        return new FormText(text.toString(), spans, fields);
    }

    public static ClinicalDocument extract(String id, List<FieldReading> readings, ClinicalTextPipeline pipeline) {
        FormText form = text(readings);
        ClinicalDocument document = pipeline.process(id, form.text());
        List<Entry> entries = new ArrayList<>();
        for (Entry entry : document.entries()) {
            Mention mention = entry.mention();
            for (int i = 0; i < form.lineSpans().size(); i++) {
                int[] span = form.lineSpans().get(i);
                if (span[0] < mention.span().end() && mention.span().begin() < span[1]) {
                    FieldReading field = form.lineFields().get(i);
                    mention = mention.withProvenance(mention.provenance().withPage(field.box()));
                    for (String reason : field.reviewReasons()) {
                        mention = mention.withReviewReason(reason);
                    }
                    break;
                }
            }
            entries.add(entry.withMention(mention));
        }
        return new ClinicalDocument(id, form.text(), document.sections(), entries, document.problems());
    }
}

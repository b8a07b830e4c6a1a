package io.clinscribe.handwriting.form;

import io.clinscribe.record.PageRegion;

import java.util.List;
import java.util.Optional;

/**
 * What was read in one field: its value (the text as normalised for the field's kind, {@code true} or
 * {@code false} for a checkbox; empty when nothing was written), the box on the scan, the confidence
 * (0-100) and why a person should check it, if at all.
 */
public record FieldReading(FormTemplate.Field field, Optional<String> value, PageRegion box, double confidence,
                           List<String> reviewReasons) {

    public FieldReading {
        reviewReasons = List.copyOf(reviewReasons);
    }

    /**
     * Nothing written in the field, or its box unticked, without doubt: no ink in a written field (unreadable
     * writing reads with confidence 0), or a box with less ink than {@link FormReader#EMPTY}.
     */
    public boolean blank() {
        boolean empty = field.kind() == FormTemplate.Kind.CHECKBOX ? value.orElse("false").equals("false") : value.isEmpty();
        return empty && confidence >= 100 * (1 - FormReader.EMPTY / FormReader.TICKED);
    }

    public boolean needsReview() {
        return !reviewReasons.isEmpty();
    }
}

package io.clinscribe.record;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A laboratory result: the test name as written, a numeric value or a text value ("negative"), the
 * UCUM unit only when written, and an interpretation only when the note flags one.
 */
public record LabResult(Mention mention, String name, Optional<BigDecimal> numericValue, Optional<String> textValue,
                        Optional<String> unit, Optional<LabInterpretation> interpretation) implements Entry {
    public LabResult {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(numericValue, "numericValue");
        Objects.requireNonNull(textValue, "textValue");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(interpretation, "interpretation");
    }

    @Override
    public EntryKind kind() {
        return EntryKind.LAB_RESULT;
    }

    @Override
    public LabResult withMention(Mention m) {
        return new LabResult(m, name, numericValue, textValue, unit, interpretation);
    }
}

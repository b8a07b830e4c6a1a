package io.clinscribe.evaluation;

import io.clinscribe.record.Allergy;
import io.clinscribe.record.Entry;
import io.clinscribe.record.EntryKind;
import io.clinscribe.record.LabResult;
import io.clinscribe.record.Medication;
import io.clinscribe.record.Problem;
import io.clinscribe.record.Procedure;
import io.clinscribe.record.Quantity;
import io.clinscribe.record.Timing;
import io.clinscribe.record.VitalSign;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The attributes of an entry as normalised comparison keys, named as in FORMAT.md: numbers by value
 * (25, 25.0 and 25.00 are the same), units as exact UCUM strings, text case-insensitive with whitespace
 * collapsed. Two attributes are equal exactly when their keys are. Absent attributes have no key.
 */
public final class AttributeValues {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?|[-+]?\\.\\d+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private AttributeValues() {
    }

    /** The attribute names of a kind, in FORMAT.md's order. */
    public static List<String> names(EntryKind kind) {
        return switch (kind) {
            case PROBLEM, PROCEDURE -> List.of("bodySite");
            case MEDICATION -> List.of("drug", "strength", "dose", "form", "route", "frequency", "asNeeded",
                    "asNeededFor", "duration");
            case ALLERGY -> List.of("substance", "reaction");
            case VITAL_SIGN -> List.of("name", "value", "systolic", "diastolic", "unit");
            case LAB_RESULT -> List.of("name", "value", "unit", "interpretation");
        };
    }

    /** Attribute name to normalised value, in FORMAT.md's order. */
    public static Map<String, String> of(Entry entry) {
        Map<String, String> values = new LinkedHashMap<>();
        switch (entry.kind()) {
            case PROBLEM -> put(values, "bodySite", ((Problem) entry).bodySite().map(AttributeValues::text));
            case PROCEDURE -> put(values, "bodySite", ((Procedure) entry).bodySite().map(AttributeValues::text));
            case MEDICATION -> {
                Medication m = (Medication) entry;
                values.put("drug", text(m.drug()));
                put(values, "strength", m.strength().map(AttributeValues::quantity));
                put(values, "dose", m.dose().map(AttributeValues::quantity));
                put(values, "form", m.form().map(AttributeValues::text));
                put(values, "route", m.route().map(r -> r.code()));
                put(values, "frequency", m.frequency().map(AttributeValues::timing));
                put(values, "asNeeded", m.asNeeded().map(String::valueOf));
                put(values, "asNeededFor", m.asNeededFor().map(AttributeValues::text));
                put(values, "duration", m.duration().map(AttributeValues::quantity));
            }
            case ALLERGY -> {
                Allergy a = (Allergy) entry;
                values.put("substance", text(a.substance()));
                put(values, "reaction", a.reaction().map(AttributeValues::text));
            }
            case VITAL_SIGN -> {
                VitalSign v = (VitalSign) entry;
                values.put("name", v.type().code());
                put(values, "value", v.value().map(AttributeValues::number));
                put(values, "systolic", v.systolic().map(AttributeValues::number));
                put(values, "diastolic", v.diastolic().map(AttributeValues::number));
                put(values, "unit", Optional.of(unit(v.unit())).filter(u -> !u.isEmpty()));
            }
            case LAB_RESULT -> {
                LabResult l = (LabResult) entry;
                values.put("name", text(l.name()));
                put(values, "value", l.numericValue().map(AttributeValues::number)
                        .or(() -> l.textValue().map(AttributeValues::labText)));
                put(values, "unit", l.unit().map(AttributeValues::unit));
                put(values, "interpretation", l.interpretation().map(i -> i.code()));
            }
        }
        return Collections.unmodifiableMap(values);
    }

    /** A number by value: trailing zeros dropped, never an exponent (same as {@code compareTo} equality). */
    static String number(BigDecimal n) {
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }

    static String text(String s) {
        return WHITESPACE.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    static String unit(String ucum) {
        return ucum.strip();
    }

    private static String quantity(Quantity q) {
        return number(q.value()) + " " + unit(q.unit());
    }

    private static String timing(Timing t) {
        return t.frequency() + " per " + number(t.period()) + t.periodMax().map(m -> "-" + number(m)).orElse("")
                + " " + unit(t.periodUnit());
    }

    /** A text lab value that is really a number ("5") compares as one. */
    private static String labText(String value) {
        String v = value.strip();
        return PLAIN_NUMBER.matcher(v).matches() ? number(new BigDecimal(v)) : text(v);
    }

    private static void put(Map<String, String> values, String name, Optional<String> value) {
        value.ifPresent(v -> values.put(name, v));
    }
}

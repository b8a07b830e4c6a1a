package io.clinscribe.handwriting.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a value read from a numeric field must look like to be taken without a person's look: the field's
 * pattern, a real calendar date in the field's order, the field's digit count, and a vital sign a living
 * patient can have. Used only to choose among readings and to flag them; it never changes a digit.
 */
final class FieldFormat {

    private static final Pattern DATE = Pattern.compile("^(\\d{2})/(\\d{2})/(\\d{4})$");

    /** Values beyond these are a misreading, not a patient (a wide band: a real extreme must pass). */
    private record Range(double low, double high) {
        boolean holds(double v) {
            return v >= low && v <= high;
        }
    }

    private FieldFormat() {
    }

    /** Why the value does not fit the field; empty when it fits. */
    static List<String> problems(FormTemplate.Field field, String value) {
        List<String> problems = new ArrayList<>();
        if (field.kind() == FormTemplate.Kind.DIGITS && !value.matches("\\d+")) {
            problems.add("not all digits");
        }
        field.length().filter(n -> field.kind() == FormTemplate.Kind.DIGITS && value.length() != n)
                .ifPresent(n -> problems.add(value.length() + " digits where the field holds " + n));
        Optional<Pattern> pattern = field.pattern().map(Pattern::compile)
                .or(() -> field.kind() == FormTemplate.Kind.DATE ? Optional.of(DATE) : Optional.empty());
        if (pattern.isPresent() && !pattern.get().matcher(value).matches()) {
            problems.add("value does not match the field's format");
        } else if (field.kind() == FormTemplate.Kind.DATE && !isCalendarDate(value, field.format().orElse("MM/DD/YYYY"))) {
            problems.add("not a calendar date");
        } else if (field.kind() == FormTemplate.Kind.VITAL && !plausible(field, value)) {
            problems.add("outside the range a patient's " + field.vital().orElse(field.name()).replace('_', ' ') + " can have");
        }
        return problems;
    }

    private static boolean isCalendarDate(String value, String format) {
        Matcher m = DATE.matcher(value);
        if (!m.matches()) {
            return false;
        }
        boolean dayFirst = format.toUpperCase(java.util.Locale.ROOT).startsWith("DD");
        int month = Integer.parseInt(m.group(dayFirst ? 2 : 1));
        int day = Integer.parseInt(m.group(dayFirst ? 1 : 2));
        int year = Integer.parseInt(m.group(3));
        return month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth()
                && year >= 1880;
    }

    private static boolean plausible(FormTemplate.Field field, String value) {
        String[] parts = value.split("/");
        try {
            if (field.vital().orElse("").equals("blood_pressure")) {
                if (parts.length != 2) {
                    return false;
                }
                double systolic = Double.parseDouble(parts[0]);
                double diastolic = Double.parseDouble(parts[1]);
                return new Range(40, 300).holds(systolic) && new Range(15, 200).holds(diastolic) && systolic > diastolic;
            }
            Optional<Range> range = range(field);
            return range.isEmpty() || (parts.length == 1 && range.get().holds(Double.parseDouble(value)));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Optional<Range> range(FormTemplate.Field field) {
        String unit = field.printedUnit().orElse("").strip();
        return switch (field.vital().orElse("")) {
            case "heart_rate" -> Optional.of(new Range(20, 300));
            case "respiratory_rate" -> Optional.of(new Range(3, 80));
            case "oxygen_saturation" -> Optional.of(new Range(40, 100));
            case "body_temperature" -> unit.equalsIgnoreCase("F") || unit.contains("F")
                    ? Optional.of(new Range(75, 115)) : Optional.of(new Range(24, 46));
            case "body_weight" -> unit.equalsIgnoreCase("kg") ? Optional.of(new Range(0.3, 400))
                    : unit.startsWith("lb") ? Optional.of(new Range(0.6, 900)) : Optional.empty();
            default -> Optional.empty();
        };
    }
}

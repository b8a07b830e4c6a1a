package io.clinscribe.nlp.vitals;

import io.clinscribe.record.Code;
import io.clinscribe.record.Mention;
import io.clinscribe.record.Span;
import io.clinscribe.record.VitalSign;
import io.clinscribe.record.VitalSignType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds vital signs written as name, value and optional unit: vitals lines ("BP 146/88  HR 64  SpO2 97% on RA"),
 * bare-letter runs ("T 37.0 P 80 R 16") and prose ("blood pressure was 150/90"). A span runs from the name
 * through the unit; what follows (on RA, on 2L NC) stays outside. Stateless and thread-safe; the
 * {@link VitalSignLexicon} it reads is shared.
 */
public final class VitalSignFinder {

    /** Words between a name and its value ("weight was 72.5 kg", "heart rate of 110"). */
    private static final Pattern LINKER = Pattern.compile("\\G(?:\\s*[:=]\\s*|\\s*)(?:(?:was|is|were|are|of|at|"
            + "measured|measuring|remains|remained|now|today|currently|around|about|approximately|approx\\.?|~|"
            + "on\\s+(?:admission|arrival|presentation|discharge)|at\\s+(?:rest|home|triage)|resting|to\\s+be|"
            + "on\\s+(?:room\\s+air|RA)|max(?:imum)?|as\\s+(?:high|low)\\s+as|peaked\\s+at|peak\\s+of|"
            + "sitting|standing|supine|seated|lying|(?:left|right|L|R)\\s+arm|(?:of\\s+)?up\\s+to|reading|recorded|"
            + "noted|checked|score|scale|level|rating|rated(?:\\s+(?:at|as))?|in\\s+(?:clinic|triage|the\\s+(?:ED|office|clinic)))"
            + "\\s*[:=]?\\s*)*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOOD_PRESSURE = Pattern.compile("\\G(\\d{2,3})\\s*/\\s*(\\d{2,3})(?!\\d|\\.\\d)");
    private static final Pattern PAIN_OUT_OF_TEN = Pattern.compile(
            "\\G(\\d{1,2}(?:\\.\\d)?)\\s*(?:/|out\\s+of|of)\\s*10(?!\\d|\\.\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAIN_SCORE_ONLY = Pattern.compile("\\G(\\d{1,2})(?![\\d./])");
    private static final Pattern FEET_INCHES = Pattern.compile(
            "\\G(\\d)\\s*(?:'|’|ft\\.?|feet|foot)\\s*"
            + "(?:(?:and\\s+)?(\\d{1,2}(?:\\.\\d)?)\\s*(?:\"|''|”|inches|inch|in\\.?)?)?(?![\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\G(\\d{1,4}(?:\\.\\d+)?)(?![\\d])");
    /** Ounces after pounds ("6 pounds 4 ounces"), common for newborn weights. */
    private static final Pattern OUNCES = Pattern.compile("\\G\\s*(?:and\\s+)?(\\d{1,2})\\s*(?:oz|ounces?)(?![A-Za-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEGREE_SIGN = Pattern.compile("\\G\\s?(?:°|º|degrees?)(?![A-Za-z])",
            Pattern.CASE_INSENSITIVE);
    /** What after a value shows it is not a vital sign reading: a range, a date, a dose, a duration, a grade. */
    private static final Pattern NOT_A_READING = Pattern.compile("\\G(?:[.,:]\\d|\\s*(?:-|–|to)\\s*\\d|\\s*/\\s*\\d|\\+|"
            + "[A-Za-z]|\\s*(?:mg|mcg|mL|units?|tabs?|mEq|mm|days?|weeks?|wks?|months?|years?|yrs?|"
            + "y/o|yo|minutes?|mins?|times|x\\s*\\d)(?![A-Za-z]))", Pattern.CASE_INSENSITIVE);
    /** A score written before the word pain ("8/10 pain", "7/10 chest pain"). */
    private static final VitalSignLexicon.VitalName SCORE_BEFORE_PAIN = new VitalSignLexicon.VitalName(
            VitalSignType.PAIN_SCORE, Pattern.compile("(?<![\\d/.])(\\d{1,2})\\s*/\\s*10\\s+"
            + "(?:(?!(?:with|and|of|the|for|no|without|her|his|to|in|on|at|is|was)\\s)[a-z]+\\s+)?pain(?![A-Za-z])",
            Pattern.CASE_INSENSITIVE), false);
    /** A vitals heading earlier on the line makes bare letters (T, P, R) readable as vital signs. */
    private static final Pattern VITALS_HEADING = Pattern.compile(
            "(?<![A-Za-z])(?:VS|V/S|vitals?|vital\\s+signs|vit)(?![A-Za-z])", Pattern.CASE_INSENSITIVE);
    /** Largest gap between two readings of one vitals run. */
    private static final int RUN_GAP = 24;
    private static final int VETO_WINDOW = 30;
    /** How sure a reading with a physiologically implausible value can be (a typo, an artefact, another quantity). */
    private static final double IMPLAUSIBLE_CONFIDENCE = 0.5;

    private final VitalSignLexicon lexicon;

    public VitalSignFinder(VitalSignLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The vital signs written in {@code documentText}, in text order. */
    public List<VitalSign> find(CharSequence documentText) {
        String text = documentText.toString();
        List<Reading> readings = new ArrayList<>();
        for (VitalSignLexicon.VitalName name : lexicon.names()) {
            Matcher m = name.pattern().matcher(text);
            while (m.find()) {
                CharSequence before = text.subSequence(Math.max(0, m.start() - VETO_WINDOW), m.start());
                if (lexicon.vetoed(name.type(), before)) {
                    continue;
                }
                read(text, name, m.start(), m.end()).ifPresent(readings::add);
            }
        }
        Matcher scoreFirst = SCORE_BEFORE_PAIN.pattern().matcher(text);
        while (scoreFirst.find()) {
            BigDecimal score = new BigDecimal(scoreFirst.group(1));
            if (score.compareTo(BigDecimal.TEN) <= 0) {
                readings.add(new Reading(SCORE_BEFORE_PAIN, new Span(scoreFirst.start(), scoreFirst.end()), score,
                        null, null, "", false, false));
            }
        }
        List<Reading> kept = withoutOverlaps(readings);
        List<VitalSign> out = new ArrayList<>();
        for (Reading r : kept) {
            if (!r.name.weak() || inVitalsRun(text, r, kept) || r.confirmedByUnit) {
                out.add(r.toVitalSign(text));
            }
        }
        return out;
    }

    /** A value read after a name; not yet known to be a vital sign when the name is weak. */
    private static final class Reading {
        final VitalSignLexicon.VitalName name;
        final Span span;
        final BigDecimal value;
        final BigDecimal systolic;
        final BigDecimal diastolic;
        final String unit;
        final boolean implausible;
        final boolean confirmedByUnit;

        Reading(VitalSignLexicon.VitalName name, Span span, BigDecimal value, BigDecimal systolic,
                BigDecimal diastolic, String unit, boolean implausible, boolean confirmedByUnit) {
            this.name = name;
            this.span = span;
            this.value = value;
            this.systolic = systolic;
            this.diastolic = diastolic;
            this.unit = unit;
            this.implausible = implausible;
            this.confirmedByUnit = confirmedByUnit;
        }

        VitalSign toVitalSign(String text) {
            VitalSignType type = name.type();
            Mention mention = Mention.at(text, span).withCodes(codes(type));
            if (implausible) {
                mention = mention.withReviewReason("implausible " + type.code() + " value")
                        .withConfidence(Math.min(mention.confidence(), IMPLAUSIBLE_CONFIDENCE));
            }
            return type == VitalSignType.BLOOD_PRESSURE
                    ? VitalSign.bloodPressure(mention, systolic, diastolic)
                    : VitalSign.measured(mention, type, value, unit);
        }
    }

    private static List<Code> codes(VitalSignType type) {
        Code main = Code.loinc(type.loinc(), type.loincDisplay());
        return switch (type) {
            case BLOOD_PRESSURE -> List.of(main,
                    Code.loinc(VitalSignType.SYSTOLIC_LOINC, "Systolic blood pressure"),
                    Code.loinc(VitalSignType.DIASTOLIC_LOINC, "Diastolic blood pressure"));
            // FHIR's pulse-oximetry profile carries the pulse-oximetry code beside the generic one.
            case OXYGEN_SATURATION -> List.of(
                    Code.loinc("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), main);
            default -> List.of(main);
        };
    }

    private Optional<Reading> read(String text, VitalSignLexicon.VitalName name, int begin, int nameEnd) {
        Matcher linker = LINKER.matcher(text);
        if (!lookingAt(linker, nameEnd)) {
            return Optional.empty();
        }
        int at = linker.end();
        VitalSignType type = name.type();
        BigDecimal value = null;
        BigDecimal systolic = null;
        BigDecimal diastolic = null;
        String unit = null;
        int end;
        switch (type) {
            case BLOOD_PRESSURE -> {
                Matcher m = BLOOD_PRESSURE.matcher(text);
                if (!lookingAt(m, at)) {
                    return Optional.empty();
                }
                systolic = new BigDecimal(m.group(1));
                diastolic = new BigDecimal(m.group(2));
                end = m.end();
            }
            case PAIN_SCORE -> {
                Matcher m = PAIN_OUT_OF_TEN.matcher(text);
                if (lookingAt(m, at)) {
                    value = new BigDecimal(m.group(1));
                    end = m.end();
                } else if (text.substring(begin, nameEnd).contains(" ")
                        && lookingAt(m = PAIN_SCORE_ONLY.matcher(text), at)) {
                    // "pain score 6": a bare number only after a word that makes it a score.
                    value = new BigDecimal(m.group(1));
                    end = m.end();
                } else {
                    return Optional.empty();
                }
                unit = "";
            }
            default -> {
                Matcher feet = FEET_INCHES.matcher(text);
                if (type == VitalSignType.BODY_HEIGHT && lookingAt(feet, at)) {
                    BigDecimal inches = feet.group(2) == null ? BigDecimal.ZERO : new BigDecimal(feet.group(2));
                    value = new BigDecimal(feet.group(1)).multiply(BigDecimal.valueOf(12)).add(inches);
                    unit = "[in_i]";
                    end = feet.end();
                } else {
                    Matcher m = NUMBER.matcher(text);
                    if (!lookingAt(m, at)) {
                        return Optional.empty();
                    }
                    value = new BigDecimal(m.group(1));
                    end = m.end();
                }
            }
        }
        if (unit == null) {
            Optional<UnitAt> written = unitAt(text, type, end);
            if (written.isPresent()) {
                unit = written.get().ucum();
                end = written.get().end();
                Matcher oz = OUNCES.matcher(text);
                if (unit.equals("[lb_av]") && lookingAt(oz, end)) {
                    value = poundsAndOunces(value, new BigDecimal(oz.group(1)));
                    end = oz.end();
                }
            }
        }
        boolean written = unit != null && !unit.isEmpty();
        if (unit == null || type == VitalSignType.BLOOD_PRESSURE) {
            unit = defaultUnit(type, value);
            if (type == VitalSignType.BODY_TEMPERATURE) {
                Matcher deg = DEGREE_SIGN.matcher(text);
                if (lookingAt(deg, end)) {
                    end = deg.end();
                }
            }
        }
        Matcher after = NOT_A_READING.matcher(text);
        if (type != VitalSignType.PAIN_SCORE && lookingAt(after, end)) {
            return Optional.empty();
        }
        boolean plausible = plausible(type, unit, value, systolic, diastolic);
        if (!plausible && name.weak()) {
            return Optional.empty();
        }
        boolean confirmed = type == VitalSignType.OXYGEN_SATURATION && written;
        return Optional.of(new Reading(name, new Span(begin, end), value, systolic, diastolic, unit, !plausible,
                confirmed));
    }

    /** A unit written after a value: its UCUM code and where it ends. */
    private record UnitAt(String ucum, int end) {
    }

    private Optional<UnitAt> unitAt(String text, VitalSignType type, int at) {
        for (VitalSignLexicon.WrittenUnit u : lexicon.units(type)) {
            Matcher um = u.pattern().matcher(text);
            if (lookingAt(um, at)) {
                return Optional.of(new UnitAt(u.ucum(), um.end()));
            }
        }
        return Optional.empty();
    }

    private static BigDecimal poundsAndOunces(BigDecimal pounds, BigDecimal ounces) {
        BigDecimal v = pounds.add(ounces.divide(BigDecimal.valueOf(16), 4, RoundingMode.HALF_UP)).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static String defaultUnit(VitalSignType type, BigDecimal value) {
        if (type == VitalSignType.BODY_TEMPERATURE && value != null) {
            return value.doubleValue() < 45 ? "Cel" : "[degF]";
        }
        return type.defaultUnit();
    }

    private boolean plausible(VitalSignType type, String unit, BigDecimal value, BigDecimal systolic,
                              BigDecimal diastolic) {
        if (type == VitalSignType.BLOOD_PRESSURE) {
            return lexicon.limits(type, "systolic").map(l -> l.admits(systolic.doubleValue())).orElse(true)
                    && lexicon.limits(type, "diastolic").map(l -> l.admits(diastolic.doubleValue())).orElse(true)
                    && systolic.compareTo(diastolic) > 0;
        }
        return lexicon.limits(type, unit).map(l -> l.admits(value.doubleValue())).orElse(true);
    }

    /** Longer readings win over shorter ones they overlap ("pulse ox 97%" over "pulse"); strong over weak. */
    private static List<Reading> withoutOverlaps(List<Reading> readings) {
        List<Reading> byStrength = new ArrayList<>(readings);
        byStrength.sort(Comparator.comparingInt((Reading r) -> -r.span.length())
                .thenComparing(r -> r.name.weak())
                .thenComparingInt(r -> r.span.begin()));
        List<Reading> kept = new ArrayList<>();
        for (Reading r : byStrength) {
            if (kept.stream().noneMatch(k -> k.span.overlaps(r.span))) {
                kept.add(r);
            }
        }
        kept.sort(Comparator.comparing(r -> r.span));
        return kept;
    }

    /** A weak name (T, P, R) counts when it stands in a run of vitals or after a vitals heading on its line. */
    private static boolean inVitalsRun(String text, Reading r, List<Reading> kept) {
        for (Reading other : kept) {
            if (other == r || other.name.type() == r.name.type()) {
                continue;
            }
            int gapBegin = Math.min(r.span.end(), other.span.end());
            int gapEnd = Math.max(r.span.begin(), other.span.begin());
            if (gapEnd - gapBegin <= RUN_GAP && gapEnd >= gapBegin
                    && text.substring(gapBegin, gapEnd).indexOf('\n') < 0) {
                return true;
            }
        }
        int lineStart = text.lastIndexOf('\n', r.span.begin() - 1) + 1;
        return VITALS_HEADING.matcher(text.substring(lineStart, r.span.begin())).find();
    }

    /**
     * Whether {@code m} matches right at {@code at}. A {@code find(at)} that fails there would go on to scan
     * the rest of the document, which makes long documents quadratic.
     */
    private static boolean lookingAt(Matcher m, int at) {
        return m.useTransparentBounds(true).useAnchoringBounds(false).region(at, m.regionEnd()).lookingAt();
    }
}

package io.clinscribe.nlp.medication;

import io.clinscribe.record.Medication;
import io.clinscribe.record.Mention;
import io.clinscribe.record.Section;
import io.clinscribe.record.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines of a medication list that carry a sig ("Zyloprim 100 mg PO daily") but whose drug name the
 * terminology does not know. They are still reported, as medications flagged for review with the name as
 * written, so that nothing a prescriber listed is dropped silently.
 */
public final class UnrecognisedMedicationLines {

    public static final String REVIEW_REASON = "drug name not found in the terminology: check the name";

    // a list line: optional bullet or number, a name of one to five words, then a number with a unit
    private static final Pattern LINE = Pattern.compile(
            "(?m)^[ \\t]*(?:[-*\u2022]|\\d{1,2}[.)])?[ \\t]*"
                    + "(?<name>[A-Za-z][A-Za-z'/-]*(?:[ \\t]+[A-Za-z][A-Za-z'/-]*){0,4})[ \\t]+"
                    + "\\d+(?:\\.\\d+)?[ \\t]*(?:mg|mcg|ug|g|ml|mL|units?|tabs?|tablets?|caps?|capsules?|puffs?|%|meq|mEq)\\b");

    private final MedicationSigParser parser;

    public UnrecognisedMedicationLines(MedicationSigParser parser) {
        this.parser = parser;
    }

    /** Medications for sig lines of medication sections that no {@code claimed} span touches. */
    public List<Medication> find(CharSequence text, List<Section> sections, List<Span> claimed) {
        List<Medication> found = new ArrayList<>();
        for (Section section : sections) {
            if (!section.name().equals(Section.MEDICATIONS) && !section.name().equals("discharge_medications")) {
                continue;
            }
            Matcher m = LINE.matcher(text).region(section.span().begin(), section.span().end());
            while (m.find()) {
                Span name = new Span(m.start("name"), m.end("name"));
                int lineEnd = lineEnd(text, m.start(), section.span().end());
                Span line = new Span(m.start("name"), lineEnd);
                if (claimed.stream().anyMatch(c -> c.overlaps(line)) || isHeading(text, name, section)) {
                    continue;
                }
                MedicationSig sig = parser.parse(text, name, lineEnd);
                Mention mention = Mention.at(text, sig.extent()).withConfidence(0.5).withReviewReason(REVIEW_REASON);
                found.add(parser.toMedication(sig, mention));
            }
        }
        return found;
    }

    private static boolean isHeading(CharSequence text, Span name, Section section) {
        return name.begin() < section.span().begin() + section.heading().length() + 2;
    }

    private static int lineEnd(CharSequence text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return limit;
    }
}

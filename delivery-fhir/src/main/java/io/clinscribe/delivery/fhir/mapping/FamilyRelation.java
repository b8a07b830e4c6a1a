package io.clinscribe.delivery.fhir.mapping;

import io.clinscribe.record.Span;
import org.hl7.fhir.r4.model.CodeableConcept;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The family member a family-history mention is about. The record model says only "family member", so the
 * relation is read from the words of the same line next to the mention ("Mother: breast cancer", "breast
 * cancer in her mother"), the nearest one winning; when none is written it is the generic family member.
 */
final class FamilyRelation {

    static final String ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";

    private record Relation(Pattern words, String code, String display) {
    }

    private static final List<Relation> RELATIONS = List.of(
            relation("maternal grand(?:mother|ma)", "MGRMTH", "maternal grandmother"),
            relation("paternal grand(?:mother|ma)", "PGRMTH", "paternal grandmother"),
            relation("maternal grand(?:father|pa)", "MGRFTH", "maternal grandfather"),
            relation("paternal grand(?:father|pa)", "PGRFTH", "paternal grandfather"),
            relation("grand(?:mother|ma)", "GRMTH", "grandmother"),
            relation("grand(?:father|pa)", "GRFTH", "grandfather"),
            relation("maternal aunt", "MAUNT", "maternal aunt"),
            relation("paternal aunt", "PAUNT", "paternal aunt"),
            relation("maternal uncle", "MUNCLE", "maternal uncle"),
            relation("paternal uncle", "PUNCLE", "paternal uncle"),
            relation("aunt", "AUNT", "aunt"),
            relation("uncle", "UNCLE", "uncle"),
            relation("mother|mom", "MTH", "mother"),
            relation("father|dad", "FTH", "father"),
            relation("sister", "SIS", "sister"),
            relation("brother", "BRO", "brother"),
            relation("siblings?", "SIB", "sibling"),
            relation("daughter", "DAU", "natural daughter"),
            relation("son", "SON", "natural son"),
            relation("cousin", "COUSN", "cousin"),
            relation("parents?", "PRN", "parent"));

    private static Relation relation(String words, String code, String display) {
        return new Relation(Pattern.compile("\\b(?:" + words + ")s?\\b", Pattern.CASE_INSENSITIVE), code, display);
    }

    CodeableConcept of(String documentText, Span span) {
        // The clause the mention stands in ("Mother with breast cancer" of "..., father with stroke") first,
        // then the whole line.
        Relation found = nearest(documentText, span, "[,;.\n]")
                .orElseGet(() -> nearest(documentText, span, "\n").orElse(null));
        return found == null
                ? CodedConcepts.of(ROLE_CODE, "FAMMEMB", "family member")
                : CodedConcepts.of(ROLE_CODE, found.code(), found.display());
    }

    private static java.util.Optional<Relation> nearest(String text, Span span, String boundary) {
        Pattern bounds = Pattern.compile(boundary);
        int start = 0;
        Matcher before = bounds.matcher(text.substring(0, span.begin()));
        while (before.find()) {
            start = before.end();
        }
        Matcher after = bounds.matcher(text).region(span.end(), text.length());
        int end = after.find() ? after.start() : text.length();
        String part = text.substring(start, end).toLowerCase(Locale.ROOT);
        int mentionBegin = span.begin() - start;
        int mentionEnd = span.end() - start;
        Relation nearest = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Relation r : RELATIONS) {
            Matcher m = r.words().matcher(part);
            while (m.find()) {
                int distance = m.end() <= mentionBegin ? mentionBegin - m.end() : Math.max(0, m.start() - mentionEnd);
                // Longer names come first in RELATIONS, so "maternal aunt" is kept over "aunt" at the same place.
                if (distance < bestDistance && !insideLongerName(part, m)) {
                    bestDistance = distance;
                    nearest = r;
                }
            }
        }
        return java.util.Optional.ofNullable(nearest);
    }

    private static boolean insideLongerName(String line, Matcher m) {
        String before = line.substring(Math.max(0, m.start() - 9), m.start());
        return before.endsWith("grand") || before.endsWith("maternal ") || before.endsWith("paternal ")
                || before.endsWith("step") || before.endsWith("god");
    }
}

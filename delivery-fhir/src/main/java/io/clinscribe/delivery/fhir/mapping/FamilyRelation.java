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
        int lineStart = documentText.lastIndexOf('\n', Math.max(0, span.begin() - 1)) + 1;
        int lineEnd = documentText.indexOf('\n', span.end());
        String line = documentText.substring(lineStart, lineEnd < 0 ? documentText.length() : lineEnd)
                .toLowerCase(Locale.ROOT);
        int mentionAt = span.begin() - lineStart;
        Relation nearest = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Relation r : RELATIONS) {
            Matcher m = r.words().matcher(line);
            while (m.find()) {
                int distance = m.end() <= mentionAt ? mentionAt - m.end() : Math.max(0, m.start() - (span.end() - lineStart));
                // Longer names come first in RELATIONS, so "grandmother" is not taken for "mother".
                if (distance < bestDistance && !insideLongerName(line, m)) {
                    bestDistance = distance;
                    nearest = r;
                }
            }
        }
        return nearest == null
                ? CodedConcepts.of(ROLE_CODE, "FAMMEMB", "family member")
                : CodedConcepts.of(ROLE_CODE, nearest.code(), nearest.display());
    }

    private static boolean insideLongerName(String line, Matcher m) {
        String before = line.substring(Math.max(0, m.start() - 9), m.start());
        return before.endsWith("grand") || before.endsWith("maternal ") || before.endsWith("paternal ")
                || before.endsWith("step") || before.endsWith("god");
    }
}

package io.clinscribe.delivery.fhir.mapping;

import io.clinscribe.record.Span;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FamilyRelationTest {

    private final FamilyRelation relation = new FamilyRelation();

    private String of(String text, String phrase) {
        int at = text.indexOf(phrase);
        return relation.of(text, new Span(at, at + phrase.length())).getCodingFirstRep().getCode();
    }

    @Test
    void nearestRelationOnTheLine() {
        String text = "FH: Mother with breast cancer, father with stroke.\nMaternal grandmother had diabetes.";
        assertEquals("MTH", of(text, "breast cancer"));
        assertEquals("FTH", of(text, "stroke"));
        assertEquals("MGRMTH", of(text, "diabetes"));
        assertEquals("BRO", of("Colon cancer in his brother at 50.", "Colon cancer"));
        assertEquals("FAMMEMB", of("Family history of diabetes.", "diabetes"));
    }
}

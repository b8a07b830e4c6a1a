package io.clinscribe.nlp.medication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clinscribe.record.Medication;
import io.clinscribe.record.Section;
import io.clinscribe.record.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnrecognisedMedicationLinesTest {

    private final UnrecognisedMedicationLines lines =
            new UnrecognisedMedicationLines(new MedicationSigParser(SigLexicon.load()));

    @Test
    void anUnknownDrugWithASigIsKeptAndFlaggedButKnownOnesAreLeftToTheDictionary() {
        String text = "Medications:\n- Frobnazol 2 tabs q6h prn pain\n- metoprolol 25 mg PO BID\nPlan: walk 20 minutes daily\n";
        Section meds = new Section(Section.MEDICATIONS, "Medications", new Span(0, text.indexOf("Plan:")));
        int metoprolol = text.indexOf("metoprolol");
        List<Medication> found = lines.find(text, List.of(meds), List.of(new Span(metoprolol, metoprolol + 10)));
        assertEquals(1, found.size(), found::toString);
        Medication m = found.get(0);
        assertEquals("Frobnazol", m.drug());
        assertTrue(m.needsReview());
        assertTrue(m.mention().confidence() < 1);
        assertEquals("pain", m.asNeededFor().orElseThrow());
    }

    @Test
    void linesOutsideMedicationSectionsAreNotRead() {
        String text = "Plan: walk 20 minutes daily\nDiet: Ensure 2 cans daily\n";
        Section plan = new Section(Section.PLAN, "Plan", new Span(0, text.length()));
        assertTrue(lines.find(text, List.of(plan), List.of()).isEmpty());
    }
}

package io.clinscribe.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordModelTest {

    private static final String NOTE = "BP 146/88, denies chest pain.";

    @Test
    void entryKindFollowsTheRecordType() {
        Mention bp = Mention.at(NOTE, new Span(0, 9));
        Entry vital = VitalSign.bloodPressure(bp, new BigDecimal("146"), new BigDecimal("88"));
        Entry problem = new Problem(Mention.at(NOTE, new Span(18, 28)), Optional.of("chest"));
        assertEquals(EntryKind.VITAL_SIGN, vital.kind());
        assertEquals(EntryKind.PROBLEM, problem.kind());
        assertEquals("chest pain", problem.mention().text());
    }

    @Test
    void reviewReasonsMakeAnEntryNeedReviewWithoutChangingTheOriginal() {
        Mention m = Mention.at(NOTE, new Span(18, 28));
        Mention flagged = m.withReviewReason("low OCR confidence");
        assertTrue(flagged.needsReview());
        assertEquals(List.of(), m.reviewReasons());
        assertEquals(flagged, flagged.withReviewReason("low OCR confidence"));
    }

    @Test
    void invalidValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 2));
        assertThrows(IllegalArgumentException.class,
                () -> new VitalSign(Mention.at(NOTE, new Span(0, 9)), VitalSignType.BLOOD_PRESSURE,
                        Optional.of(BigDecimal.ONE), Optional.empty(), Optional.empty(), "mm[Hg]"));
        assertThrows(IllegalArgumentException.class, () -> Mention.at(NOTE, new Span(0, 2)).withConfidence(1.5));
    }

    @Test
    void documentFiltersEntriesByKind() {
        Entry vital = VitalSign.bloodPressure(Mention.at(NOTE, new Span(0, 9)), BigDecimal.TEN, BigDecimal.ONE);
        Entry problem = new Problem(Mention.at(NOTE, new Span(18, 28)), Optional.empty());
        ClinicalDocument doc = new ClinicalDocument("n1", NOTE, List.of(), List.of(vital, problem), List.of());
        assertEquals(List.of(problem), doc.entries(Problem.class));
        assertEquals(0, doc.entriesNeedingReview());
    }
}

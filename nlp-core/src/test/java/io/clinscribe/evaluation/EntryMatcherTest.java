package io.clinscribe.evaluation;

import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.Entry;
import io.clinscribe.record.Mention;
import io.clinscribe.record.Problem;
import io.clinscribe.record.Procedure;
import io.clinscribe.record.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntryMatcherTest {

    private static final String TEXT = "Pt has severe chest pain radiating to left arm, s/p cardiac catheterization.";

    private final EntryMatcher matcher = new EntryMatcher();

    @Test
    void largestOverlapIsMatchedFirstEvenWhenAnEarlierPredictionAlsoOverlaps() {
        Entry chestPain = problem(7, 24);      // "severe chest pain"
        Entry leftArm = problem(38, 46);       // "left arm"
        Entry wide = problem(20, 42);          // overlaps chest pain by 4, left arm by 4
        Entry exactish = problem(14, 24);      // "chest pain": overlaps chest pain by 10
        Entry armOnly = problem(43, 46);       // "arm": overlaps left arm by 3
        DocumentAlignment a = matcher.align(doc(chestPain, leftArm), doc(wide, exactish, armOnly));
        assertEquals(List.of(new MatchedEntry(chestPain, exactish), new MatchedEntry(leftArm, wide)), a.matched());
        assertEquals(List.of(armOnly), a.spurious());
        assertTrue(a.missed().isEmpty());
    }

    @Test
    void equalOverlapsGoToTheCloserBoundaries() {
        Entry gold = problem(14, 24);
        Entry wider = problem(7, 30);   // overlap 10, boundary distance 7 + 6
        Entry exact = problem(14, 24);  // overlap 10, distance 0
        DocumentAlignment a = matcher.align(doc(gold), doc(wider, exact));
        assertEquals(List.of(new MatchedEntry(gold, exact)), a.matched());
        assertEquals(List.of(wider), a.spurious());

        Entry g1 = problem(5, 11);
        Entry g2 = problem(11, 14);
        Entry predicted = problem(8, 14); // overlaps each by 3; g2 shares the end
        DocumentAlignment b = matcher.align(doc(g1, g2), doc(predicted));
        assertEquals(List.of(new MatchedEntry(g2, predicted)), b.matched());
        assertEquals(List.of(g1), b.missed());
    }

    @Test
    void onlySameKindAndTrulyOverlappingSpansMatch() {
        Entry cath = new Procedure(Mention.at(TEXT, new Span(52, 75)), Optional.empty());
        Entry cathAsProblem = problem(52, 75);
        Entry touching = problem(24, 30); // starts where "severe chest pain" ends
        DocumentAlignment a = matcher.align(doc(cath, problem(7, 24)), doc(cathAsProblem, touching));
        assertTrue(a.matched().isEmpty());
        assertEquals(2, a.missed().size());
        assertEquals(2, a.spurious().size());
    }

    @Test
    void aMissingPredictionMissesEverything() {
        DocumentAlignment a = matcher.align(doc(problem(7, 24)), null);
        assertTrue(a.predictionMissing());
        assertEquals(1, a.missed().size());
    }

    private static Entry problem(int begin, int end) {
        return new Problem(Mention.at(TEXT, new Span(begin, end)), Optional.empty());
    }

    private static ClinicalDocument doc(Entry... entries) {
        return new ClinicalDocument("n1", TEXT, List.of(), List.of(entries), List.of());
    }
}

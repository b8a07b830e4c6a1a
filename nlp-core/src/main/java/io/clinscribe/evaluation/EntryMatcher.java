package io.clinscribe.evaluation;

import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.Entry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Matches predicted entries to gold entries of the same kind whose spans overlap, best overlap first:
 * the largest overlap in characters, ties broken by the closer boundaries (sum of begin and end distances),
 * then by text order. Each entry is used at most once. Stateless and thread-safe.
 */
public final class EntryMatcher {

    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparingInt((Candidate c) -> -c.overlap)
            .thenComparingInt(c -> c.boundaryDistance)
            .thenComparingInt(c -> c.goldIndex)
            .thenComparingInt(c -> c.predictedIndex);

    private record Candidate(int goldIndex, int predictedIndex, int overlap, int boundaryDistance) {
    }

    /** Aligns one document; {@code predicted} may be {@code null} when the system produced nothing for it. */
    public DocumentAlignment align(ClinicalDocument gold, ClinicalDocument predicted) {
        List<Entry> goldEntries = gold.entries();
        List<Entry> predictedEntries = predicted == null ? List.of() : predicted.entries();
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < goldEntries.size(); g++) {
            Entry ge = goldEntries.get(g);
            for (int p = 0; p < predictedEntries.size(); p++) {
                Entry pe = predictedEntries.get(p);
                if (ge.kind() == pe.kind() && ge.span().overlaps(pe.span())) {
                    int overlap = Math.min(ge.span().end(), pe.span().end()) - Math.max(ge.span().begin(), pe.span().begin());
                    int distance = Math.abs(ge.span().begin() - pe.span().begin()) + Math.abs(ge.span().end() - pe.span().end());
                    candidates.add(new Candidate(g, p, overlap, distance));
                }
            }
        }
        candidates.sort(BEST_FIRST);
        Entry[] partnerOfGold = new Entry[goldEntries.size()];
        boolean[] predictedUsed = new boolean[predictedEntries.size()];
        for (Candidate c : candidates) {
            if (partnerOfGold[c.goldIndex] == null && !predictedUsed[c.predictedIndex]) {
                partnerOfGold[c.goldIndex] = predictedEntries.get(c.predictedIndex);
                predictedUsed[c.predictedIndex] = true;
            }
        }
        List<MatchedEntry> matched = new ArrayList<>();
        List<Entry> missed = new ArrayList<>();
        for (int g = 0; g < goldEntries.size(); g++) {
            if (partnerOfGold[g] != null) {
                matched.add(new MatchedEntry(goldEntries.get(g), partnerOfGold[g]));
            } else {
                missed.add(goldEntries.get(g));
            }
        }
        List<Entry> spurious = new ArrayList<>();
        for (int p = 0; p < predictedEntries.size(); p++) {
            if (!predictedUsed[p]) {
                spurious.add(predictedEntries.get(p));
            }
        }
        Comparator<Entry> textOrder = Comparator.comparing(Entry::span);
        matched.sort(Comparator.comparing(MatchedEntry::gold, textOrder));
        missed.sort(textOrder);
        spurious.sort(textOrder);
        return new DocumentAlignment(gold.id(), gold.text(), matched, missed, spurious, predicted == null);
    }
}

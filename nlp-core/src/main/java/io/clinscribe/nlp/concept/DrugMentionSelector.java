package io.clinscribe.nlp.concept;

import io.clinscribe.nlp.span.SpanIndex;
import io.clinscribe.record.Code;
import io.clinscribe.record.Span;
import io.clinscribe.terminology.SupplementaryLexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the drug names among dictionary concepts: drug concepts with an RxNorm code (so drug classes
 * such as "statin" and generic words such as "medications" stay out), the longest where names overlap,
 * outside text another stage claimed. A salt or brand form carries its base ingredient's RxNorm code as
 * well ("metoprolol tartrate" also gets metoprolol's), since the record wants the base compound.
 */
public final class DrugMentionSelector {

    private final ConceptFilter filter;

    public DrugMentionSelector(ConceptFilter filter) {
        this.filter = filter;
    }

    /**
     * The drug names in a text: dictionary concepts, and {@code listed} names from a supplementary
     * lexicon where no dictionary drug overlaps them.
     */
    public List<DrugMention> select(CharSequence text, List<ConceptCandidate> candidates,
                                    List<SupplementaryLexicon.Match> listed, List<Span> claimed) {
        SpanIndex claimedIndex = SpanIndex.of(claimed);
        List<DrugMention> fromDictionary = select(text, candidates, claimedIndex);
        SpanIndex dictionarySpans = SpanIndex.of(fromDictionary.stream().map(DrugMention::span).toList());
        List<DrugMention> all = new ArrayList<>(fromDictionary);
        for (SupplementaryLexicon.Match match : listed) {
            DrugMention d = new DrugMention(match.span(), match.codes());
            if (claimedIndex.overlapsAny(d.span())) {
                continue;
            }
            // a listed name replaces shorter dictionary names inside it ("insulin glargine" over "insulin")
            List<Span> overlapping = dictionarySpans.beginningIn(Math.max(0, d.span().begin() - 64), d.span().end())
                    .stream().filter(k -> k.overlaps(d.span())).toList();
            if (overlapping.stream().allMatch(k -> k.length() < d.span().length())) {
                all.removeIf(k -> overlapping.contains(k.span()));
                all.add(d);
            }
        }
        all.sort(Comparator.comparing(DrugMention::span));
        return all;
    }

    public List<DrugMention> select(CharSequence text, List<ConceptCandidate> candidates, List<Span> claimed) {
        return select(text, candidates, SpanIndex.of(claimed));
    }

    private List<DrugMention> select(CharSequence text, List<ConceptCandidate> candidates, SpanIndex claimed) {
        List<ConceptCandidate> drugs = new ArrayList<>();
        Map<Integer, List<ConceptCandidate>> drugsByBegin = new HashMap<>();
        for (ConceptCandidate c : candidates) {
            if (c.group() == SemanticGroup.DRUG && !c.rxnormCodes().isEmpty() && !claimed.overlapsAny(c.span())
                    && filter.acceptsDrug(c, c.span().of(text))) {
                drugs.add(c);
                drugsByBegin.computeIfAbsent(c.span().begin(), k -> new ArrayList<>()).add(c);
            }
        }
        drugs.sort(Comparator.<ConceptCandidate>comparingInt(c -> -c.span().length())
                .thenComparingInt(c -> c.span().begin()));
        NonOverlappingSpans chosenSpans = new NonOverlappingSpans();
        List<Span> chosen = new ArrayList<>();
        for (ConceptCandidate c : drugs) {
            if (chosenSpans.add(c.span())) {
                chosen.add(c.span());
            }
        }
        chosen.sort(Comparator.naturalOrder());
        List<DrugMention> mentions = new ArrayList<>(chosen.size());
        for (Span span : chosen) {
            Set<Code> codes = new LinkedHashSet<>();
            List<ConceptCandidate> startingHere = drugsByBegin.get(span.begin());
            // the concept(s) of the whole name first, then an ingredient named at its start
            startingHere.stream().filter(c -> c.span().equals(span)).forEach(c -> addCodes(codes, c));
            startingHere.stream().filter(c -> c.span().end() < span.end())
                    .forEach(c -> c.rxnormCodes().forEach(code -> codes.add(Code.rxnorm(code))));
            mentions.add(new DrugMention(span, List.copyOf(codes)));
        }
        return mentions;
    }

    private static void addCodes(Set<Code> codes, ConceptCandidate c) {
        c.rxnormCodes().forEach(code -> codes.add(Code.rxnorm(code)));
        codes.add(Code.umls(c.cui()));
    }
}

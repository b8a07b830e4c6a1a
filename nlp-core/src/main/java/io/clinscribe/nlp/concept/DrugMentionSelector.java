package io.clinscribe.nlp.concept;

import io.clinscribe.record.Code;
import io.clinscribe.record.Span;
import io.clinscribe.terminology.SupplementaryLexicon;
import java.util.ArrayList;
import java.util.Comparator;
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
        List<DrugMention> fromDictionary = select(text, candidates, claimed);
        List<DrugMention> all = new ArrayList<>(fromDictionary);
        for (SupplementaryLexicon.Match match : listed) {
            DrugMention d = new DrugMention(match.span(), match.codes());
            boolean free = claimed.stream().noneMatch(s -> s.overlaps(d.span()))
                    && fromDictionary.stream().noneMatch(k -> k.span().overlaps(d.span()) && k.span().length() >= d.span().length());
            if (free) {
                all.removeIf(k -> k.span().overlaps(d.span()));
                all.add(d);
            }
        }
        all.sort(Comparator.comparing(DrugMention::span));
        return all;
    }

    public List<DrugMention> select(CharSequence text, List<ConceptCandidate> candidates, List<Span> claimed) {
        List<ConceptCandidate> drugs = new ArrayList<>();
        for (ConceptCandidate c : candidates) {
            if (c.group() == SemanticGroup.DRUG && !c.rxnormCodes().isEmpty()
                    && filter.acceptsDrug(c, c.span().of(text))
                    && claimed.stream().noneMatch(s -> s.overlaps(c.span()))) {
                drugs.add(c);
            }
        }
        List<ConceptCandidate> byLength = new ArrayList<>(drugs);
        byLength.sort(Comparator.<ConceptCandidate>comparingInt(c -> -c.span().length())
                .thenComparingInt(c -> c.span().begin()));
        List<Span> chosen = new ArrayList<>();
        for (ConceptCandidate c : byLength) {
            if (chosen.stream().noneMatch(s -> s.overlaps(c.span()))) {
                chosen.add(c.span());
            }
        }
        chosen.sort(Comparator.naturalOrder());
        List<DrugMention> mentions = new ArrayList<>(chosen.size());
        for (Span span : chosen) {
            Set<Code> codes = new LinkedHashSet<>();
            // the concept(s) of the whole name first, then an ingredient named at its start
            drugs.stream().filter(c -> c.span().equals(span)).forEach(c -> addCodes(codes, c));
            drugs.stream().filter(c -> c.span().begin() == span.begin() && c.span().end() < span.end())
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

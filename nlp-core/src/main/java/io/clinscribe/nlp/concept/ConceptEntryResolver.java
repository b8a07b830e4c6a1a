package io.clinscribe.nlp.concept;

import io.clinscribe.record.Code;
import io.clinscribe.record.Entry;
import io.clinscribe.record.Mention;
import io.clinscribe.record.Problem;
import io.clinscribe.record.Procedure;
import io.clinscribe.record.Span;
import io.clinscribe.terminology.SupplementaryLexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns dictionary concepts into problem and procedure entries: the longest accepted concept wins
 * where concepts overlap, a concept inside text another stage already claimed (a medication's sig,
 * an allergy's reaction, a lab name) is left to that stage, and an anatomical site inside a problem
 * becomes its body site. Stateless; the filter is shared.
 */
public final class ConceptEntryResolver {

    private final ConceptFilter filter;

    public ConceptEntryResolver(ConceptFilter filter) {
        this.filter = filter;
    }

    /**
     * As {@link #resolve(CharSequence, List, List)}, adding problems and procedures from supplementary
     * lexicons where no dictionary entry overlaps them.
     */
    public List<Entry> resolve(CharSequence text, List<ConceptCandidate> candidates,
                               List<SupplementaryLexicon.Match> listedProblems,
                               List<SupplementaryLexicon.Match> listedProcedures, List<Span> claimed) {
        List<Entry> entries = new ArrayList<>(resolve(text, candidates, claimed));
        addListed(text, listedProblems, false, claimed, entries);
        addListed(text, listedProcedures, true, claimed, entries);
        entries.sort(Comparator.comparing(Entry::span));
        return entries;
    }

    private static void addListed(CharSequence text, List<SupplementaryLexicon.Match> listed, boolean procedure,
                                  List<Span> claimed, List<Entry> entries) {
        for (SupplementaryLexicon.Match match : listed) {
            if (claimed.stream().noneMatch(s -> s.overlaps(match.span()))
                    && entries.stream().noneMatch(e -> e.span().overlaps(match.span()))) {
                Mention mention = Mention.at(text, match.span()).withCodes(match.codes());
                entries.add(procedure ? new Procedure(mention, Optional.empty()) : new Problem(mention, Optional.empty()));
            }
        }
    }

    public List<Entry> resolve(CharSequence text, List<ConceptCandidate> candidates, List<Span> claimed) {
        List<ConceptCandidate> accepted = new ArrayList<>();
        for (ConceptCandidate c : candidates) {
            SemanticGroup group = c.group();
            if ((group == SemanticGroup.DISORDER || group == SemanticGroup.FINDING || group == SemanticGroup.PROCEDURE)
                    && filter.accepts(c, c.span().of(text)) && claimed.stream().noneMatch(s -> s.overlaps(c.span()))) {
                accepted.add(c);
            }
        }
        // longest first; among equal spans a disorder before a finding, then procedures
        accepted.sort(Comparator.<ConceptCandidate>comparingInt(c -> -c.span().length())
                .thenComparingInt(c -> c.group().ordinal()).thenComparingInt(c -> c.span().begin()));
        List<ConceptCandidate> chosen = new ArrayList<>();
        for (ConceptCandidate c : accepted) {
            boolean overlapsChosen = false;
            for (ConceptCandidate k : chosen) {
                if (k.span().overlaps(c.span())) {
                    overlapsChosen = true;
                    break;
                }
            }
            if (!overlapsChosen) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparing(ConceptCandidate::span));
        List<Entry> entries = new ArrayList<>(chosen.size());
        for (ConceptCandidate c : chosen) {
            entries.add(toEntry(text, c, sameSpanCodes(c, accepted), BodySiteLocator.locate(text, c, candidates),
                    claimed, chosen));
        }
        return entries;
    }

    /** Codes of every accepted concept of the same group on exactly the same span (synonymous readings). */
    private static List<Code> sameSpanCodes(ConceptCandidate chosen, List<ConceptCandidate> accepted) {
        Set<Code> codes = new LinkedHashSet<>();
        for (ConceptCandidate c : accepted) {
            if (c.span().equals(chosen.span()) && c.group() == chosen.group()) {
                c.snomedCodes().forEach(code -> codes.add(Code.snomed(code)));
                codes.add(Code.umls(c.cui()));
            }
        }
        return List.copyOf(codes);
    }

    /** The entry of a concept; a site written next to it widens the mention to the whole phrase ("left arm pain"). */
    private static Entry toEntry(CharSequence text, ConceptCandidate c, List<Code> codes, Optional<Span> site,
                                 List<Span> claimed, List<ConceptCandidate> chosen) {
        Span span = c.span();
        if (site.isPresent() && !span.contains(site.get())) {
            Span widened = span.union(site.get());
            boolean free = claimed.stream().noneMatch(s -> s.overlaps(widened))
                    && chosen.stream().noneMatch(k -> k != c && k.span().overlaps(widened));
            if (free) {
                span = widened;
            } else {
                site = Optional.empty();
            }
        }
        Optional<String> bodySite = site.map(s -> s.of(text));
        Mention mention = Mention.at(text, span).withCodes(codes);
        return c.group() == SemanticGroup.PROCEDURE ? new Procedure(mention, bodySite) : new Problem(mention, bodySite);
    }
}

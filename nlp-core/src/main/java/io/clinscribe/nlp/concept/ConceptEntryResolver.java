package io.clinscribe.nlp.concept;

import io.clinscribe.nlp.span.SpanIndex;
import io.clinscribe.record.Code;
import io.clinscribe.record.Entry;
import io.clinscribe.record.Mention;
import io.clinscribe.record.Problem;
import io.clinscribe.record.Procedure;
import io.clinscribe.record.Span;
import io.clinscribe.terminology.SupplementaryLexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns dictionary concepts into problem and procedure entries: the longest accepted concept wins
 * where concepts overlap, a concept inside text another stage already claimed (a medication's sig,
 * an allergy's reaction, a lab name) is left to that stage, and an anatomical site inside or next to a
 * problem becomes its body site. Stateless; the filter is shared. Every step is indexed, so a long
 * document costs in proportion to its length.
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
        SpanIndex claimedIndex = SpanIndex.of(claimed);
        List<Entry> entries = new ArrayList<>(resolve(text, candidates, claimedIndex));
        SpanIndex found = SpanIndex.of(entries.stream().map(Entry::span).toList());
        addListed(text, listedProblems, false, claimedIndex, found, entries);
        addListed(text, listedProcedures, true, claimedIndex, found, entries);
        entries.sort(Comparator.comparing(Entry::span));
        return entries;
    }

    private static void addListed(CharSequence text, List<SupplementaryLexicon.Match> listed, boolean procedure,
                                  SpanIndex claimed, SpanIndex found, List<Entry> entries) {
        List<Span> added = new ArrayList<>();
        for (SupplementaryLexicon.Match match : listed) {
            Span span = match.span();
            if (!claimed.overlapsAny(span) && !found.overlapsAny(span) && added.stream().noneMatch(s -> s.overlaps(span))) {
                Mention mention = Mention.at(text, span).withCodes(match.codes());
                entries.add(procedure ? new Procedure(mention, Optional.empty()) : new Problem(mention, Optional.empty()));
                added.add(span);
            }
        }
    }

    public List<Entry> resolve(CharSequence text, List<ConceptCandidate> candidates, List<Span> claimed) {
        return resolve(text, candidates, SpanIndex.of(claimed));
    }

    private List<Entry> resolve(CharSequence text, List<ConceptCandidate> candidates, SpanIndex claimed) {
        List<ConceptCandidate> accepted = new ArrayList<>();
        for (ConceptCandidate c : candidates) {
            SemanticGroup group = c.group();
            if ((group == SemanticGroup.DISORDER || group == SemanticGroup.FINDING || group == SemanticGroup.PROCEDURE)
                    && !claimed.overlapsAny(c.span()) && filter.accepts(c, c.span().of(text))) {
                accepted.add(c);
            }
        }
        // longest first; among equal spans a disorder before a finding, then procedures
        accepted.sort(Comparator.<ConceptCandidate>comparingInt(c -> -c.span().length())
                .thenComparingInt(c -> c.group().ordinal()).thenComparingInt(c -> c.span().begin()));
        NonOverlappingSpans chosenSpans = new NonOverlappingSpans();
        List<ConceptCandidate> chosen = new ArrayList<>();
        for (ConceptCandidate c : accepted) {
            if (chosenSpans.add(c.span())) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparing(ConceptCandidate::span));
        Map<Span, List<ConceptCandidate>> acceptedBySpan = new HashMap<>();
        for (ConceptCandidate c : accepted) {
            acceptedBySpan.computeIfAbsent(c.span(), k -> new ArrayList<>()).add(c);
        }
        BodySiteLocator sites = new BodySiteLocator(text, candidates);
        List<Entry> entries = new ArrayList<>(chosen.size());
        for (ConceptCandidate c : chosen) {
            entries.add(toEntry(text, c, sameSpanCodes(c, acceptedBySpan.get(c.span())), sites.locate(c),
                    claimed, chosenSpans));
        }
        addImagingStudies(text, candidates, claimed, entries);
        return entries;
    }

    /**
     * Imaging studies written as modality and site ("CT head", "X-ray of the right knee"): a study takes
     * the place of the procedure entries inside it (keeping their codes) unless it would cut across
     * another entry or claimed text.
     */
    private static void addImagingStudies(CharSequence text, List<ConceptCandidate> candidates, SpanIndex claimed,
                                          List<Entry> entries) {
        List<Span> anatomy = candidates.stream().filter(c -> c.group() == SemanticGroup.ANATOMY)
                .map(ConceptCandidate::span).toList();
        for (ImagingStudyFinder.Study study : IMAGING.find(text, anatomy)) {
            if (claimed.overlapsAny(study.span())) {
                continue;
            }
            List<Entry> inside = new ArrayList<>();
            boolean blocked = false;
            for (Entry e : entries) {
                if (e.span().overlaps(study.span())) {
                    if (e instanceof Procedure && study.span().contains(e.span())) {
                        inside.add(e);
                    } else {
                        blocked = true;
                    }
                }
            }
            if (blocked) {
                continue;
            }
            Set<Code> codes = new LinkedHashSet<>();
            inside.forEach(e -> codes.addAll(e.codes()));
            entries.removeAll(inside);
            entries.add(new Procedure(Mention.at(text, study.span()).withCodes(List.copyOf(codes)),
                    Optional.of(study.site().of(text))));
        }
        entries.sort(Comparator.comparing(Entry::span));
    }

    private static final ImagingStudyFinder IMAGING = new ImagingStudyFinder();

    /** Codes of every accepted concept of the same group on exactly the same span (synonymous readings). */
    private static List<Code> sameSpanCodes(ConceptCandidate chosen, List<ConceptCandidate> sameSpan) {
        Set<Code> codes = new LinkedHashSet<>();
        for (ConceptCandidate c : sameSpan) {
            if (c.group() == chosen.group()) {
                c.snomedCodes().forEach(code -> codes.add(Code.snomed(code)));
                codes.add(Code.umls(c.cui()));
            }
        }
        return List.copyOf(codes);
    }

    /** The entry of a concept; a site written next to it widens the mention to the whole phrase ("left arm pain"). */
    private static Entry toEntry(CharSequence text, ConceptCandidate c, List<Code> codes, Optional<Span> site,
                                 SpanIndex claimed, NonOverlappingSpans chosen) {
        Span span = c.span();
        if (site.isPresent() && !span.contains(site.get())) {
            Span widened = span.union(site.get());
            if (!claimed.overlapsAny(widened) && !chosen.overlapsOtherThan(c.span(), widened)) {
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

package io.clinscribe.nlp.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clinscribe.record.Code;
import io.clinscribe.record.Entry;
import io.clinscribe.record.Problem;
import io.clinscribe.record.Procedure;
import io.clinscribe.record.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConceptEntryResolverTest {

    private final ConceptEntryResolver resolver = new ConceptEntryResolver(ConceptFilter.standard());

    private static ConceptCandidate at(String text, String surface, int occurrence, String cui, String tui,
                                       String... snomed) {
        int from = -1;
        for (int i = 0; i <= occurrence; i++) {
            from = text.indexOf(surface, from + 1);
        }
        return new ConceptCandidate(new Span(from, from + surface.length()), cui, List.of(tui), List.of(snomed),
                List.of(), "");
    }

    @Test
    void theLongestConceptWinsAndASymptomKeepsItsSiteWithLaterality() {
        String text = "Complains of left knee pain for two weeks.";
        List<Entry> entries = resolver.resolve(text, List.of(
                at(text, "knee pain", 0, "C0231749", "T184", "30989003"),
                at(text, "pain", 0, "C0030193", "T184", "22253000"),
                at(text, "knee", 0, "C0022742", "T029")), List.of());
        assertEquals(1, entries.size(), entries::toString);
        Problem p = (Problem) entries.get(0);
        assertEquals("left knee pain", p.mention().text(), "the mention widens to its site's laterality");
        assertEquals(Optional.of("left knee"), p.bodySite());
        assertTrue(p.codes().contains(Code.snomed("30989003")));
    }

    @Test
    void diseasesNamedAfterAnOrganCarryNoBodySite() {
        String text = "History of atrial fibrillation.";
        List<Entry> entries = resolver.resolve(text, List.of(
                at(text, "atrial fibrillation", 0, "C0004238", "T047", "49436004"),
                at(text, "atrial", 0, "C0018792", "T023")), List.of());
        assertEquals(Optional.empty(), ((Problem) entries.get(0)).bodySite());
    }

    @Test
    void anatomyGenericWordsHeadingsAndClaimedTextAreLeftOut() {
        String text = "Follow-up visit. Lungs clear. Ibuprofen prn pain.";
        int prn = text.indexOf("Ibuprofen");
        List<Entry> entries = resolver.resolve(text, List.of(
                at(text, "Follow-up", 0, "C0589120", "T033"),
                at(text, "Lungs", 0, "C0024109", "T023"),
                at(text, "pain", 0, "C0030193", "T184")),
                List.of(new Span(prn, text.length() - 1)));
        assertTrue(entries.isEmpty(), entries::toString);
    }

    @Test
    void proceduresBecomeProcedureEntriesAndPrecoordinatedHistoryIsSplit() {
        String text = "History of appendectomy.";
        List<Entry> entries = resolver.resolve(text, List.of(
                at(text, "History of appendectomy", 0, "C0455610", "T033"),
                at(text, "appendectomy", 0, "C0003611", "T061", "80146002")), List.of());
        assertEquals(1, entries.size());
        assertTrue(entries.get(0) instanceof Procedure);
        assertEquals("appendectomy", entries.get(0).mention().text());
    }

    @Test
    void aSiteAfterAPrepositionWidensTheMentionToTheWholePhrase() {
        String text = "Reports tingling in both hands at night.";
        List<Entry> entries = resolver.resolve(text, List.of(
                at(text, "tingling", 0, "C2242996", "T184", "62507009"),
                at(text, "hands", 0, "C0018563", "T023")), List.of());
        Problem p = (Problem) entries.get(0);
        assertEquals("tingling in both hands", p.mention().text());
        assertEquals(Optional.of("both hands"), p.bodySite());
    }

    @Test
    void aRegionalAbbreviationBeforeASymptomIsItsSite() {
        String text = "Pt with RLQ pain since yesterday.";
        List<Entry> entries = resolver.resolve(text, List.of(at(text, "pain", 0, "C0030193", "T184", "22253000")),
                List.of());
        assertEquals(Optional.of("RLQ"), ((Problem) entries.get(0)).bodySite());
        assertEquals("RLQ pain", entries.get(0).mention().text());
    }
}

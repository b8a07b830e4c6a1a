package io.clinscribe.uima;

import io.clinscribe.nlp.concept.ConceptCandidate;
import io.clinscribe.record.Span;
import io.clinscribe.terminology.SnoRxTerminology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.ctakes.typesystem.type.refsem.OntologyConcept;
import org.apache.ctakes.typesystem.type.refsem.UmlsConcept;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;

/** Reads the concepts cTAKES's dictionary lookup annotated into plain {@link ConceptCandidate}s. */
final class ConceptCandidates {

    private ConceptCandidates() {
    }

    static List<ConceptCandidate> from(JCas jcas) {
        List<ConceptCandidate> candidates = new ArrayList<>();
        for (IdentifiedAnnotation a : JCasUtil.select(jcas, IdentifiedAnnotation.class)) {
            if (a.getType().getName().equals(EntryMentionCas.TYPE_NAME)) {
                continue;
            }
            FSArray concepts = a.getOntologyConceptArr();
            if (concepts == null) {
                continue;
            }
            // one candidate per CUI on this span, gathering its types and codes
            Map<String, Set<String>[]> byCui = new LinkedHashMap<>();
            Map<String, String> preferred = new LinkedHashMap<>();
            for (int i = 0; i < concepts.size(); i++) {
                if (!(concepts.get(i) instanceof UmlsConcept c)) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Set<String>[] sets = byCui.computeIfAbsent(c.getCui(),
                        k -> new Set[] {new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()});
                if (c.getTui() != null) {
                    sets[0].add(c.getTui());
                }
                addCode(sets, c);
                preferred.putIfAbsent(c.getCui(), c.getPreferredText());
            }
            Span span = new Span(a.getBegin(), a.getEnd());
            byCui.forEach((cui, sets) -> candidates.add(new ConceptCandidate(span, cui, List.copyOf(sets[0]),
                    List.copyOf(sets[1]), List.copyOf(sets[2]), preferred.get(cui))));
        }
        return candidates;
    }

    private static void addCode(Set<String>[] sets, OntologyConcept c) {
        if (c.getCode() == null) {
            return;
        }
        if (SnoRxTerminology.SNOMED_CT.equals(c.getCodingScheme())) {
            sets[1].add(c.getCode());
        } else if (SnoRxTerminology.RXNORM.equals(c.getCodingScheme())) {
            sets[2].add(c.getCode());
        }
    }
}

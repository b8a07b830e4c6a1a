package io.clinscribe.uima;

import io.clinscribe.json.EntryAttributesJson;
import io.clinscribe.nlp.concept.ConceptEntryResolver;
import io.clinscribe.nlp.concept.ConceptFilter;
import io.clinscribe.record.Entry;
import io.clinscribe.record.Code;
import io.clinscribe.record.Span;
import io.clinscribe.terminology.SupplementaryLexicon;
import java.util.ArrayList;
import java.util.List;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Makes problem and procedure entries of the concepts the dictionary lookup found, leaving alone text
 * that earlier stages (medications, allergies, vital signs, labs) or section headings have claimed.
 */
public final class ConceptEntryAnnotator extends JCasAnnotator_ImplBase {

    private ConceptEntryResolver resolver;
    private EntryMentionCas entries;
    private SupplementaryLexicon problems;
    private SupplementaryLexicon procedures;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        resolver = new ConceptEntryResolver(ConceptFilter.standard());
        entries = new EntryMentionCas(new EntryAttributesJson());
        problems = SupplementaryLexicon.load(SupplementaryLexicon.PROBLEMS, Code.SNOMED_CT);
        procedures = SupplementaryLexicon.load(SupplementaryLexicon.PROCEDURES, Code.SNOMED_CT);
    }

    @Override
    public void process(JCas jcas) {
        List<Span> claimed = new ArrayList<>();
        for (IdentifiedAnnotation a : entries.annotations(jcas)) {
            claimed.add(new Span(a.getBegin(), a.getEnd()));
        }
        claimed.addAll(SectionSegments.headingSpans(jcas));
        String text = jcas.getDocumentText();
        for (Entry e : resolver.resolve(text, ConceptCandidates.from(jcas), problems.find(text),
                procedures.find(text), claimed)) {
            entries.add(jcas, e);
        }
    }
}

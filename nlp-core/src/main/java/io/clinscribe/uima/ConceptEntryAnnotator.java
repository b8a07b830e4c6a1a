package io.clinscribe.uima;

import io.clinscribe.json.EntryAttributesJson;
import io.clinscribe.nlp.concept.ConceptEntryResolver;
import io.clinscribe.nlp.concept.ConceptFilter;
import io.clinscribe.record.Entry;
import io.clinscribe.record.Span;
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

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        resolver = new ConceptEntryResolver(ConceptFilter.standard());
        entries = new EntryMentionCas(new EntryAttributesJson());
    }

    @Override
    public void process(JCas jcas) {
        List<Span> claimed = new ArrayList<>();
        for (IdentifiedAnnotation a : entries.annotations(jcas)) {
            claimed.add(new Span(a.getBegin(), a.getEnd()));
        }
        claimed.addAll(SectionSegments.headingSpans(jcas));
        for (Entry e : resolver.resolve(jcas.getDocumentText(), ConceptCandidates.from(jcas), claimed)) {
            entries.add(jcas, e);
        }
    }
}

package io.clinscribe.uima;

import io.clinscribe.json.EntryAttributesJson;
import io.clinscribe.nlp.lab.LabResultFinder;
import io.clinscribe.nlp.lab.LabTestLexicon;
import io.clinscribe.nlp.span.SpanIndex;
import io.clinscribe.record.LabResult;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/** Lab results (LOINC for common tests), leaving alone numbers already read as vital signs. */
public final class LabResultAnnotator extends JCasAnnotator_ImplBase {

    private LabResultFinder finder;
    private EntryMentionCas entries;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        finder = new LabResultFinder(LabTestLexicon.load());
        entries = new EntryMentionCas(new EntryAttributesJson());
    }

    @Override
    public void process(JCas jcas) {
        SpanIndex claimed = SpanIndex.of(entries.spans(jcas));
        for (LabResult lab : finder.find(jcas.getDocumentText())) {
            if (!claimed.overlapsAny(lab.span())) {
                entries.add(jcas, lab);
            }
        }
    }
}

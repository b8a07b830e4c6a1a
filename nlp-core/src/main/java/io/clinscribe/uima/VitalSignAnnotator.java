package io.clinscribe.uima;

import io.clinscribe.json.EntryAttributesJson;
import io.clinscribe.nlp.vitals.VitalSignFinder;
import io.clinscribe.nlp.vitals.VitalSignLexicon;
import io.clinscribe.record.VitalSign;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/** Vital signs (LOINC, UCUM): the first entry stage, since vitals are the most certain reading of a number. */
public final class VitalSignAnnotator extends JCasAnnotator_ImplBase {

    private VitalSignFinder finder;
    private EntryMentionCas entries;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        finder = new VitalSignFinder(VitalSignLexicon.load());
        entries = new EntryMentionCas(new EntryAttributesJson());
    }

    @Override
    public void process(JCas jcas) {
        for (VitalSign v : finder.find(jcas.getDocumentText())) {
            entries.add(jcas, v);
        }
    }
}

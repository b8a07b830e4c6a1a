package io.clinscribe.uima;

import io.clinscribe.json.EntryAttributesJson;
import io.clinscribe.nlp.allergy.AllergyFinder;
import io.clinscribe.nlp.allergy.AllergyLexicon;
import io.clinscribe.record.Allergy;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/** Allergies with their reactions, and NKDA as a negated drug allergy; before medications claim the drug names. */
public final class AllergyAnnotator extends JCasAnnotator_ImplBase {

    private AllergyFinder finder;
    private EntryMentionCas entries;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        finder = new AllergyFinder(AllergyLexicon.load());
        entries = new EntryMentionCas(new EntryAttributesJson());
    }

    @Override
    public void process(JCas jcas) {
        for (Allergy allergy : finder.find(jcas.getDocumentText(), SectionSegments.sections(jcas))) {
            entries.add(jcas, allergy);
        }
    }
}

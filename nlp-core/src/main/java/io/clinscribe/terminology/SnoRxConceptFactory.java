package io.clinscribe.terminology;

import java.util.Properties;
import org.apache.ctakes.dictionary.lookup2.concept.AbstractConceptFactory;
import org.apache.ctakes.dictionary.lookup2.concept.Concept;
import org.apache.ctakes.dictionary.lookup2.concept.DefaultConcept;
import org.apache.ctakes.dictionary.lookup2.util.CuiCodeUtil;
import org.apache.uima.UimaContext;

/** The concept factory cTAKES's fast lookup reads, backed by the shared {@link SnoRxTerminology}. */
public final class SnoRxConceptFactory extends AbstractConceptFactory {

    private final SnoRxTerminology terminology;

    public SnoRxConceptFactory(String name, UimaContext context, Properties properties) {
        super(name);
        this.terminology = SnoRxResources.terminology(context);
    }

    @Override
    public Concept createConcept(Long cuiCode) {
        Concept concept = terminology.concept(cuiCode);
        // cTAKES expects a concept for every term; an unknown CUI keeps its number and nothing else
        return concept != null ? concept : new DefaultConcept(CuiCodeUtil.getInstance().getAsCui(cuiCode));
    }
}

package io.clinscribe.terminology;

import java.util.Properties;
import org.apache.ctakes.dictionary.lookup2.concept.AbstractConceptFactory;
import org.apache.ctakes.dictionary.lookup2.concept.Concept;
import org.apache.ctakes.dictionary.lookup2.concept.MemConceptFactory;
import org.apache.uima.UimaContext;

/** The concept factory cTAKES's fast lookup reads, backed by the shared {@link SnoRxTerminology}. */
public final class SnoRxConceptFactory extends AbstractConceptFactory {

    private final MemConceptFactory delegate;

    public SnoRxConceptFactory(String name, UimaContext context, Properties properties) {
        super(name);
        this.delegate = new MemConceptFactory(name, SnoRxResources.terminology(context).concepts());
    }

    @Override
    public Concept createConcept(Long cuiCode) {
        return delegate.createConcept(cuiCode);
    }
}

package io.clinscribe.terminology;

import java.util.Properties;
import org.apache.ctakes.dictionary.lookup2.dictionary.AbstractRareWordDictionary;
import org.apache.ctakes.dictionary.lookup2.dictionary.MemRareWordDictionary;
import org.apache.ctakes.dictionary.lookup2.dictionary.RareWordDictionary;
import org.apache.ctakes.dictionary.lookup2.term.RareWordTerm;
import org.apache.uima.UimaContext;

/**
 * The rare-word dictionary cTAKES's fast lookup reads, backed by the shared {@link SnoRxTerminology}
 * (named in the lookup's XML descriptor; cTAKES creates it with this constructor).
 */
public final class SnoRxRareWordDictionary extends AbstractRareWordDictionary {

    private final RareWordDictionary delegate;

    public SnoRxRareWordDictionary(String name, UimaContext context, Properties properties) {
        super(name);
        this.delegate = new MemRareWordDictionary(name, SnoRxResources.terminology(context).termsByRareWord());
    }

    @Override
    public java.util.Collection<RareWordTerm> getRareWordHits(String rareWordText) {
        return delegate.getRareWordHits(rareWordText);
    }
}

package io.clinscribe.uima;

import io.clinscribe.nlp.lexical.PluralNormalizer;
import org.apache.ctakes.typesystem.type.syntax.WordToken;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/**
 * Gives plural word tokens their singular as canonical form; cTAKES's fast lookup tries the canonical
 * form as a variant, so "wheezes" finds "wheeze" (the job LVG does in a full cTAKES install).
 */
public final class PluralVariantAnnotator extends JCasAnnotator_ImplBase {

    @Override
    public void process(JCas jcas) {
        for (WordToken token : JCasUtil.select(jcas, WordToken.class)) {
            PluralNormalizer.singular(token.getCoveredText()).ifPresent(token::setCanonicalForm);
        }
    }
}

package io.clinscribe.uima;

import java.util.List;
import org.apache.ctakes.core.nlp.tokenizer.TokenizerPTB;
import org.apache.ctakes.typesystem.type.syntax.BaseToken;
import org.apache.ctakes.typesystem.type.syntax.NewlineToken;
import org.apache.ctakes.typesystem.type.textspan.Sentence;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/**
 * cTAKES's Penn Treebank tokenisation ({@link TokenizerPTB}), run once over the document: newline tokens,
 * then each sentence's tokens, numbered in text order. cTAKES's own {@code TokenizerAnnotatorPTB} does the
 * same but rescans every sentence and token once per segment, which is quadratic in a long document with
 * many sections (a 2 MB note took minutes); the tokens are the same.
 */
public final class SentenceTokenizerAnnotator extends JCasAnnotator_ImplBase {

    private final TokenizerPTB tokenizer = new TokenizerPTB();

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                boolean crlf = i + 1 < text.length() && text.charAt(i + 1) == '\n';
                new NewlineToken(jcas, i, crlf ? i + 2 : i + 1).addToIndexes();
                if (crlf) {
                    i++;
                }
            } else if (c == '\n') {
                new NewlineToken(jcas, i, i + 1).addToIndexes();
            }
        }
        for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
            List<?> tokens = tokenizer.tokenizeTextSegment(jcas, sentence.getCoveredText(), sentence.getBegin(), true);
            for (Object token : tokens) {
                if (!(token instanceof BaseToken baseToken)) {
                    throw new AnalysisEngineProcessException(new IllegalStateException(
                            "the cTAKES tokenizer returned a " + (token == null ? "null" : token.getClass().getName())));
                }
                baseToken.addToIndexes();
            }
        }
        int number = 0;
        for (BaseToken token : JCasUtil.select(jcas, BaseToken.class)) {
            token.setTokenNumber(number++);
        }
    }
}

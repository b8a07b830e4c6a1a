package io.clinscribe.uima;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.ctakes.core.ae.SentenceDetector;
import org.apache.ctakes.core.ae.TokenizerAnnotatorPTB;
import org.apache.ctakes.typesystem.type.syntax.BaseToken;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

/** clinscribe's one-pass driver gives exactly the tokens of cTAKES's own tokenizer annotator. */
class SentenceTokenizerAnnotatorTest {

    private static List<String> tokens(String text, AnalysisEngineDescription tokenizer) throws Exception {
        JCas jcas = org.apache.uima.fit.factory.JCasFactory.createJCas();
        jcas.setDocumentText(text);
        SimplePipeline.runPipeline(jcas, AnalysisEngineFactory.createEngineDescription(SectionAnnotator.class),
                SentenceDetector.createAnnotatorDescription(), tokenizer);
        return JCasUtil.select(jcas, BaseToken.class).stream()
                .map(t -> t.getType().getShortName() + "[" + t.getBegin() + "," + t.getEnd() + ")#" + t.getTokenNumber())
                .toList();
    }

    @Test
    void sameTokensAsCtakesOnAMultiSectionNote() throws Exception {
        String note = Files.readString(Path.of("../corpora/text/sample-note.txt")).replace("\n\n", "\r\n\r\n");
        List<String> ours = tokens(note, AnalysisEngineFactory.createEngineDescription(SentenceTokenizerAnnotator.class));
        List<String> ctakes = tokens(note, TokenizerAnnotatorPTB.createAnnotatorDescription());
        assertTrue(ours.size() > 200, "the note has a few hundred tokens");
        assertEquals(ctakes, ours);
    }
}

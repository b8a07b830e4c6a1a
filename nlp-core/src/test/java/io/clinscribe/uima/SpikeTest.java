package io.clinscribe.uima;

import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.ctakes.typesystem.type.refsem.UmlsConcept;
import org.apache.ctakes.typesystem.type.textspan.Sentence;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

class SpikeTest {
    @Test
    void spike() throws Exception {
        long t0 = System.nanoTime();
        AnalysisEngine ae = AnalysisEngineFactory.createEngine(ClinscribeAggregate.description());
        long t1 = System.nanoTime();
        System.out.println("init ms " + (t1 - t0) / 1e6);
        JCas jcas = ae.newJCas();
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("/tmp/note1.txt"));
        for (int i = 0; i < 30; i++) {
            jcas.reset();
            jcas.setDocumentText(text);
            long a = System.nanoTime();
            ae.process(jcas);
            if (i % 10 == 9) System.out.println("ms " + (System.nanoTime() - a) / 1e6);
        }
        for (Sentence s : JCasUtil.select(jcas, Sentence.class)) System.out.println("S: " + s.getCoveredText().replace("\n", "\\n"));
        for (IdentifiedAnnotation a : JCasUtil.select(jcas, IdentifiedAnnotation.class)) {
            StringBuilder sb = new StringBuilder();
            if (a.getOntologyConceptArr() != null) for (int i = 0; i < a.getOntologyConceptArr().size(); i++) {
                UmlsConcept c = (UmlsConcept) a.getOntologyConceptArr().get(i);
                sb.append(c.getCui()).append('/').append(c.getTui()).append('/').append(c.getCodingScheme()).append(':').append(c.getCode()).append(' ');
            }
            System.out.println(a.getType().getShortName() + " [" + a.getCoveredText() + "] " + sb);
        }
    }
}

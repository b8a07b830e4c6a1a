package io.clinscribe.uima;

import io.clinscribe.nlp.section.SectionFinder;
import io.clinscribe.nlp.section.SectionLexicon;
import io.clinscribe.record.Section;
import java.util.List;
import org.apache.ctakes.typesystem.type.textspan.Segment;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Splits the note into sections as cTAKES {@link Segment}s, covering the whole text (the part before the
 * first heading is a segment without a section), so cTAKES's sentence detector never runs across a heading.
 */
public final class SectionAnnotator extends JCasAnnotator_ImplBase {

    private SectionFinder finder;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        finder = new SectionFinder(SectionLexicon.load());
    }

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        List<Section> sections = finder.find(text);
        int covered = 0;
        for (Section s : sections) {
            if (s.span().begin() > covered) {
                new Segment(jcas, covered, s.span().begin()).addToIndexes();
            }
            SectionSegments.add(jcas, s);
            covered = Math.max(covered, s.span().end());
        }
        if (covered < text.length()) {
            new Segment(jcas, covered, text.length()).addToIndexes();
        }
    }
}

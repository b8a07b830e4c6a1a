package io.clinscribe.uima;

import io.clinscribe.json.EntryAttributesJson;
import io.clinscribe.nlp.assertion.AssertionDetector;
import io.clinscribe.nlp.assertion.ContextRules;
import io.clinscribe.nlp.span.SpanIndex;
import io.clinscribe.record.Assertion;
import io.clinscribe.record.Section;
import io.clinscribe.record.Span;
import io.clinscribe.record.Subject;
import java.util.List;
import java.util.Optional;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * The last stage: places every entry in its section and sets its assertion with ConText over its
 * sentence. What an earlier stage already knew (NKDA is negated) is kept: flags only ever get added.
 */
public final class AssertionAnnotator extends JCasAnnotator_ImplBase {

    private AssertionDetector detector;
    private EntryMentionCas entries;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        detector = new AssertionDetector(ContextRules.load());
        entries = new EntryMentionCas(new EntryAttributesJson());
    }

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        List<Section> sections = SectionSegments.sections(jcas);
        SpanIndex sentences = MedicationAnnotator.sentenceIndex(jcas);
        for (IdentifiedAnnotation a : entries.annotations(jcas)) {
            Span span = new Span(a.getBegin(), a.getEnd());
            Optional<String> section = SectionSegments.sectionAt(sections, span.begin());
            section.ifPresent(name -> entries.setSection(a, name));
            Span sentence = MedicationAnnotator.sentenceOf(sentences, span);
            Assertion found = detector.assess(text, sentence, span, section, entries.kind(a));
            EntryMentionCas.setAssertion(a, merge(EntryMentionCas.assertion(a), found));
        }
    }

    static Assertion merge(Assertion known, Assertion found) {
        Subject subject = known.subject() != Subject.PATIENT ? known.subject() : found.subject();
        return new Assertion(known.negated() || found.negated(), known.uncertain() || found.uncertain(),
                known.hypothetical() || found.hypothetical(), known.historical() || found.historical(), subject);
    }
}

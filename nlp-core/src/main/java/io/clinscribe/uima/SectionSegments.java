package io.clinscribe.uima;

import io.clinscribe.record.Section;
import io.clinscribe.record.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.ctakes.typesystem.type.textspan.Segment;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/**
 * Sections live in the CAS as cTAKES {@link Segment}s: {@code id} is the canonical section name,
 * {@code preferredText} the heading as written, {@code tagText} the heading's offsets "begin-end".
 * A segment without a heading (text before the first heading) is not a section.
 */
public final class SectionSegments {

    private SectionSegments() {
    }

    public static void add(JCas jcas, Section section) {
        Segment segment = new Segment(jcas, section.span().begin(), section.span().end());
        segment.setId(section.name());
        segment.setPreferredText(section.heading());
        int headingBegin = jcas.getDocumentText().indexOf(section.heading(), section.span().begin());
        if (headingBegin >= 0) {
            segment.setTagText(headingBegin + "-" + (headingBegin + section.heading().length()));
        }
        segment.addToIndexes();
    }

    public static List<Section> sections(JCas jcas) {
        List<Section> sections = new ArrayList<>();
        for (Segment s : JCasUtil.select(jcas, Segment.class)) {
            if (s.getPreferredText() != null && s.getId() != null) {
                sections.add(new Section(s.getId(), s.getPreferredText(), new Span(s.getBegin(), s.getEnd())));
            }
        }
        return sections;
    }

    public static List<Span> headingSpans(JCas jcas) {
        List<Span> spans = new ArrayList<>();
        for (Segment s : JCasUtil.select(jcas, Segment.class)) {
            String tag = s.getTagText();
            if (tag != null && tag.indexOf('-') > 0) {
                int dash = tag.indexOf('-');
                spans.add(new Span(Integer.parseInt(tag.substring(0, dash)), Integer.parseInt(tag.substring(dash + 1))));
            }
        }
        return spans;
    }

    /** The canonical name of the section an offset falls in. */
    public static Optional<String> sectionAt(List<Section> sections, int offset) {
        for (Section s : sections) {
            if (s.span().begin() <= offset && offset < s.span().end()) {
                return Optional.of(s.name());
            }
        }
        return Optional.empty();
    }
}

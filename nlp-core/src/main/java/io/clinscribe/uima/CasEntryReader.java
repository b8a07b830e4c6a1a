package io.clinscribe.uima;

import io.clinscribe.json.EntryAttributesJson;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.Entry;
import io.clinscribe.record.ProcessingProblem;
import java.util.ArrayList;
import java.util.List;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.uima.jcas.JCas;

/** Reads the finished CAS into a {@link ClinicalDocument}. */
public final class CasEntryReader {

    private final EntryMentionCas entries = new EntryMentionCas(new EntryAttributesJson());

    public ClinicalDocument read(String id, JCas jcas) {
        List<Entry> found = new ArrayList<>();
        List<ProcessingProblem> problems = new ArrayList<>();
        for (IdentifiedAnnotation a : entries.annotations(jcas)) {
            try {
                found.add(entries.read(jcas, a));
            } catch (RuntimeException e) {
                // a malformed entry is reported, not dropped silently and not fatal to the document
                problems.add(ProcessingProblem.warning("unreadable-entry", "entry at " + a.getBegin() + "-" + a.getEnd()
                        + " could not be read: " + e.getMessage()));
            }
        }
        return new ClinicalDocument(id, jcas.getDocumentText(), SectionSegments.sections(jcas), found, problems);
    }
}

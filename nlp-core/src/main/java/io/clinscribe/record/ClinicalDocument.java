package io.clinscribe.record;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A processed document: its id, its text, the sections found, the entries taken from it in text order,
 * the problems met on the way, and the input it came from when that was a file. An empty {@code problems}
 * list means everything went well.
 */
public record ClinicalDocument(String id, String text, List<Section> sections, List<Entry> entries,
                               List<ProcessingProblem> problems, Optional<DocumentSource> source) {
    public ClinicalDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        sections = List.copyOf(sections);
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** A document whose source is not (yet) known, as the pipelines make it from text. */
    public ClinicalDocument(String id, String text, List<Section> sections, List<Entry> entries,
                            List<ProcessingProblem> problems) {
        this(id, text, sections, entries, problems, Optional.empty());
    }

    /** A copy that records the input file it came from. */
    public ClinicalDocument withSource(DocumentSource s) {
        return new ClinicalDocument(id, text, sections, entries, problems, Optional.of(s));
    }

    /** This document with one more problem met on the way. */
    public ClinicalDocument withProblem(ProcessingProblem problem) {
        List<ProcessingProblem> more = new java.util.ArrayList<>(problems);
        more.add(problem);
        return new ClinicalDocument(id, text, sections, entries, more, source);
    }

    /** A document that could not be processed at all, kept so that the failure is reported, not lost. */
    public static ClinicalDocument failed(String id, ProcessingProblem problem) {
        return new ClinicalDocument(id, "", List.of(), List.of(), List.of(problem));
    }

    public <T extends Entry> List<T> entries(Class<T> kind) {
        return entries.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public boolean failed() {
        return problems.stream().anyMatch(p -> p.severity() == ProcessingProblem.Severity.ERROR);
    }

    public long entriesNeedingReview() {
        return entries.stream().filter(Entry::needsReview).count();
    }
}

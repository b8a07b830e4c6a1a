package io.clinscribe.record;

import java.util.List;
import java.util.Objects;

/**
 * A processed document: its id, its text, the sections found, the entries taken from it in text order,
 * and the problems met on the way. An empty {@code problems} list means everything went well.
 */
public record ClinicalDocument(String id, String text, List<Section> sections, List<Entry> entries,
                               List<ProcessingProblem> problems) {
    public ClinicalDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        sections = List.copyOf(sections);
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
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

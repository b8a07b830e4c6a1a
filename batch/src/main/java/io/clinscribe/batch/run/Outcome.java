package io.clinscribe.batch.run;

import io.clinscribe.batch.routing.InputKind;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.ProcessingProblem;
import java.util.Optional;

/**
 * What became of one input in a run: skipped (its result was already there for the same bytes), or
 * processed into a document, which may have failed. A result that could not be written is a failure too.
 *
 * @param form the paper form a scan was read as, if it was
 */
public record Outcome(BatchInput input, InputKind kind, Optional<ClinicalDocument> document, Optional<String> form,
                      Optional<String> writeProblem) {

    public static Outcome skipped(BatchInput input, InputKind kind) {
        return new Outcome(input, kind, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isSkipped() {
        return document.isEmpty() && writeProblem.isEmpty();
    }

    public boolean failed() {
        return writeProblem.isPresent() || document.map(ClinicalDocument::failed).orElse(false);
    }

    /** The first error: its code and message, for the report. */
    public Optional<ProcessingProblem> error() {
        if (writeProblem.isPresent()) {
            return Optional.of(ProcessingProblem.error("unwritable-result", writeProblem.get()));
        }
        return document.flatMap(d -> d.problems().stream()
                .filter(p -> p.severity() == ProcessingProblem.Severity.ERROR).findFirst());
    }
}

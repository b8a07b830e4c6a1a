package io.clinscribe.record;

import java.util.Objects;

/**
 * Something that went wrong or needs a person's eye while processing a document: an input that could
 * not be read ({@link Severity#ERROR}) or a part of it the pipeline could not make sense of ({@link Severity#WARNING}).
 * Messages name the input and the problem, never patient text.
 */
public record ProcessingProblem(Severity severity, String code, String message) {
    public enum Severity { ERROR, WARNING }

    public ProcessingProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static ProcessingProblem error(String code, String message) {
        return new ProcessingProblem(Severity.ERROR, code, message);
    }

    public static ProcessingProblem warning(String code, String message) {
        return new ProcessingProblem(Severity.WARNING, code, message);
    }
}

package io.clinscribe.pipeline;

/** The pipeline could not be built: a model or terminology is missing or broken. */
public final class PipelineInitializationException extends RuntimeException {
    public PipelineInitializationException(String message, Throwable cause) {
        super(message, cause);
    }
}

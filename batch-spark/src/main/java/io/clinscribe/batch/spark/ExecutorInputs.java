package io.clinscribe.batch.spark;

import io.clinscribe.batch.routing.MixedInputs;
import io.clinscribe.batch.routing.ProcessingSettings;

/**
 * The one {@link MixedInputs} of an executor JVM. Spark gives a job no place to keep an object per executor,
 * and models take seconds to load, so this is the one static holder in the project: created on the first
 * task that needs it, shared by the executor's concurrent tasks, closed when the JVM ends.
 */
final class ExecutorInputs {

    private static MixedInputs inputs;

    private ExecutorInputs() {
    }

    /** The executor's instance, made with the first settings asked for (a job has one set). */
    static synchronized MixedInputs get(ProcessingSettings settings) {
        if (inputs == null) {
            MixedInputs created = new MixedInputs(Math.max(1, Runtime.getRuntime().availableProcessors()), settings);
            Runtime.getRuntime().addShutdownHook(new Thread(created::close, "clinscribe-executor-close"));
            inputs = created;
        }
        return inputs;
    }
}

package io.clinscribe.batch.spark;

import io.clinscribe.batch.routing.MixedInputs;
import io.clinscribe.batch.routing.ProcessingSettings;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@link MixedInputs} of an executor JVM. Spark gives a job no place to keep an object per executor,
 * and models take seconds to load, so this is the one static holder in the project: created on the first
 * task that needs it, shared by the executor's concurrent tasks, closed when the JVM ends.
 *
 * <p>One per settings, not one per JVM: a JVM can outlive a job (local mode, a notebook's session, a test
 * suite), and a later job with other settings (another page layout, no correction, paper forms) must not be
 * read with the first job's. A job has one set, so an executor of a standalone or YARN cluster, which serves
 * one application, holds one.
 */
final class ExecutorInputs {

    private static final Map<ProcessingSettings, MixedInputs> INPUTS = new HashMap<>();

    private ExecutorInputs() {
    }

    /** The executor's instance for these settings (equal settings, as they arrive deserialised, share one). */
    static synchronized MixedInputs get(ProcessingSettings settings) {
        return INPUTS.computeIfAbsent(settings, s -> {
            MixedInputs created = new MixedInputs(Math.max(1, Runtime.getRuntime().availableProcessors()), s);
            Runtime.getRuntime().addShutdownHook(new Thread(created::close, "clinscribe-executor-close"));
            return created;
        });
    }
}

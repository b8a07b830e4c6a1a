/**
 * The batch as an Apache Spark job: the same per-document work as {@code clinscribe batch}
 * ({@link io.clinscribe.batch.routing.MixedInputs}), one instance per executor JVM.
 */
package io.clinscribe.batch.spark;

/** Batch processing of mixed inputs: routing by kind, per-worker processors, resumable runs and their reports. */
package io.clinscribe.batch;

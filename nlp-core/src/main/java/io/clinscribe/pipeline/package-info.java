/**
 * The library's entry point: {@link io.clinscribe.pipeline.ClinicalTextPipeline}, built once and called
 * from many threads, and the decoding of raw input bytes into note text.
 */
package io.clinscribe.pipeline;

package io.clinscribe.cli;

import io.clinscribe.pipeline.ClinicalTextPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options of every command that runs the text pipeline. */
final class PipelineOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = "--threads", paramLabel = "N", description = "Documents processed at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--pos", description = "Run cTAKES's part-of-speech tagger before the dictionary lookup (slower; see README).")
    boolean partOfSpeech;

    int threads() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--threads must be at least 1");
        }
        return n;
    }

    ClinicalTextPipeline build() {
        return ClinicalTextPipeline.builder().engines(threads()).partOfSpeechTagging(partOfSpeech).build();
    }
}

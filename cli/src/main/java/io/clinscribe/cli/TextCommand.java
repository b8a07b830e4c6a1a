package io.clinscribe.cli;

import io.clinscribe.batch.document.ProcessedDocument;
import io.clinscribe.batch.document.TextDocuments;
import io.clinscribe.pipeline.ClinicalTextPipeline;
import io.clinscribe.pipeline.TextInputDecoder;
import io.clinscribe.record.DocumentSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clinscribe text}: clinical notes in, one {@code clinscribe.entries/v1} document per note out. */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = {"Extract coded, assertion-tagged entries from clinical notes (UTF-8 text files).",
                "Prints one clinscribe.entries/v1 JSON document per input; a file that cannot be read",
                "gets a document with its problem, and the other files are still processed."})
final class TextCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Note files to process; '-' reads standard input.")
    List<String> files;

    @picocli.CommandLine.Mixin
    OutputOptions outputOptions;

    @picocli.CommandLine.Mixin
    PipelineOptions pipelineOptions;

    @picocli.CommandLine.Mixin
    DeliveryOptions deliveryOptions;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "" + TextInputDecoder.DEFAULT_MAX_BYTES,
            description = "Reject inputs larger than this (default: ${DEFAULT-VALUE}).")
    int maxBytes;

    @Override
    public Integer call() throws Exception {
        if (maxBytes < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-bytes must be positive");
        }
        int workers = pipelineOptions.threads();
        DocumentOutput output = outputOptions.open(spec.commandLine().getOut());
        List<TextInputs.Input> inputs = TextInputs.of(files);
        TextInputDecoder decoder = new TextInputDecoder(maxBytes);
        PrintWriter err = spec.commandLine().getErr();
        DeliveryHandoff delivery = deliveryOptions.requested()
                ? DeliveryHandoff.open(deliveryOptions, spec.commandLine(), err) : null;
        try (ClinicalTextPipeline pipeline = pipelineOptions.build()) {
            TextDocuments notes = new TextDocuments(pipeline, decoder);
            ResultHandling results = new ResultHandling(output, delivery, err);
            InOrderProcessing.run(workers, inputs, input -> process(notes, input),
                    (input, result) -> results.accept(input.name() + ": ", result));
            return results.finish();
        } finally {
            if (delivery != null) {
                delivery.close();
            }
        }
    }

    private static ProcessedDocument process(TextDocuments notes, TextInputs.Input input) {
        if (!input.isStdin()) {
            return notes.file(input.id(), input.name(), input.path());
        }
        byte[] bytes;
        try {
            bytes = System.in.readAllBytes();
        } catch (IOException e) {
            return TextDocuments.unreadable(input.id(), input.name(), e);
        }
        return notes.process(input.id(), bytes, DocumentSource.ofBytes(DocumentSource.Kind.TEXT, "text/plain", bytes,
                Optional.empty()));
    }
}

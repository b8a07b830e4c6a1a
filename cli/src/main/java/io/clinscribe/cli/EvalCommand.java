package io.clinscribe.cli;

import io.clinscribe.evaluation.DocumentAlignment;
import io.clinscribe.evaluation.EntryScorer;
import io.clinscribe.evaluation.ErrorListing;
import io.clinscribe.evaluation.EvaluationReport;
import io.clinscribe.json.EntriesJsonReader;
import io.clinscribe.json.EntriesJsonWriter;
import io.clinscribe.pipeline.ClinicalTextPipeline;
import io.clinscribe.record.ClinicalDocument;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clinscribe eval GOLD.jsonl}: runs the pipeline on gold documents and scores it. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the text pipeline against gold documents (clinscribe.entries/v1 JSON Lines):",
                "precision, recall and F1 per kind, assertion flags, attributes and code hit rate."},
        subcommands = {NegexEvalCommand.class, DictationEvalCommand.class, OcrEvalCommand.class, FormsEvalCommand.class})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "GOLD.jsonl", description = "Gold documents, one per line.")
    Path gold;

    @Option(names = "--predictions", paramLabel = "FILE", description = "Also write the predicted documents as JSON Lines.")
    Path predictions;

    @Option(names = "--errors", description = "List false positives, false negatives and attribute differences.")
    boolean errors;

    @Option(names = "--json", description = "Print the report as JSON instead of a table.")
    boolean json;

    @picocli.CommandLine.Mixin
    PipelineOptions pipelineOptions;

    @Override
    public Integer call() throws Exception {
        if (gold == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "give a gold file (GOLD.jsonl) or a subcommand (negex, dictation, ocr, forms)");
        }
        if (!Files.isRegularFile(gold)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "gold file not found: " + gold);
        }
        List<ClinicalDocument> goldDocs = new EntriesJsonReader().readAll(gold);
        int workers = pipelineOptions.threads();
        List<ClinicalDocument> predicted = new ArrayList<>();
        try (ClinicalTextPipeline pipeline = pipelineOptions.build()) {
            InOrderProcessing.run(workers, goldDocs, g -> pipeline.process(g.id(), g.text()),
                    (g, doc) -> predicted.add(doc));
        }
        if (predictions != null) {
            EntriesJsonWriter lines = EntriesJsonWriter.jsonLines();
            try (BufferedWriter out = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
                for (ClinicalDocument d : predicted) {
                    lines.write(d, out);
                }
            }
        }
        EntryScorer scorer = new EntryScorer();
        List<DocumentAlignment> alignments = scorer.align(goldDocs, predicted);
        EvaluationReport report = scorer.score(alignments);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? report.toJson() : report.format());
        if (errors) {
            out.println(new ErrorListing(true).format(alignments));
        }
        out.flush();
        long failed = predicted.stream().filter(ClinicalDocument::failed).count();
        return failed == 0 ? 0 : ClinscribeCommand.SOME_INPUTS_FAILED;
    }
}

package io.clinscribe.cli;

import io.clinscribe.evaluation.negex.NegexKitEvaluation;
import io.clinscribe.evaluation.negex.NegexKitReport;
import io.clinscribe.nlp.assertion.AssertionDetector;
import io.clinscribe.nlp.assertion.ContextRules;
import java.io.BufferedReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clinscribe eval negex KIT.tsv}: the assertion stage on the NegEx/ConText test kit. */
@Command(name = "negex", mixinStandardHelpOptions = true,
        description = {"Score the assertion stage on the NegEx/ConText test kit (a condition and its sentence",
                "per row): precision, recall and F1 for negated, historical, hypothetical and other experiencer."})
final class NegexEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIT.tsv", description = "The kit: line number, condition, sentence, negation, temporality, experiencer.")
    Path kit;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Write 'line number<TAB>negation<TAB>temporality<TAB>experiencer' rows in the kit's own words.")
    Path predictions;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(kit)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "kit file not found: " + kit);
        }
        // scored under the kit's own definition: a condition with a past onset is historical, chronic or not
        AssertionDetector detector = new AssertionDetector(ContextRules.load(),
                AssertionDetector.HistoricalConvention.PAST_ONSET);
        NegexKitReport report;
        try (BufferedReader in = Files.newBufferedReader(kit, StandardCharsets.UTF_8);
             Writer out = predictions == null ? null : Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            report = new NegexKitEvaluation().evaluate(in, detector, Optional.ofNullable(out));
        }
        spec.commandLine().getOut().println(report.format());
        spec.commandLine().getOut().flush();
        return 0;
    }
}

package io.clinscribe.cli;

import io.clinscribe.handwriting.evaluation.FormEvaluation;
import io.clinscribe.handwriting.form.FormEngines;
import io.clinscribe.handwriting.page.ScanReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clinscribe eval forms DIR}: field accuracy of form reading against expected values. */
@Command(name = "forms", mixinStandardHelpOptions = true,
        description = {"Score form reading on DIR: each NAME.expected.json (its template file and the",
                "expected field values) against the scan NAME.jpg|png|tif|pdf beside it."})
final class FormsEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Filled forms with their expected values.")
    Path folder;

    @Option(names = "--errors", description = "List every field read wrong.")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + folder);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (FormEngines engines = new FormEngines(1)) {
            FormEvaluation.Report report = new FormEvaluation(ScanReader.standard(), engines.reader()).run(folder);
            out.print(report.format(errors));
            out.flush();
            return 0;
        }
    }
}

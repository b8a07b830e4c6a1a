package io.clinscribe.batch.spark;

import io.clinscribe.batch.routing.ProcessingSettings;
import io.clinscribe.handwriting.ocr.PageLayout;
import io.clinscribe.speech.dictation.SpeechEngines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job's command line: the reading options of {@code clinscribe batch}, so a cluster run reads inputs
 * as a local one does. Paths (inputs, output, form templates) are on any Hadoop file system.
 */
@Command(name = "SparkBatchJob", mixinStandardHelpOptions = true,
        description = {"Process every file under INPUT as `clinscribe batch` does and write OUTPUT/documents",
                "(JSON Lines), OUTPUT/entries (Parquet) and OUTPUT/failures (JSON Lines). OUTPUT must not exist."})
final class JobCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "A folder of inputs (local, hdfs://, s3a://).")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "Where the results go; must not exist.")
    String output;

    @Option(names = "--pos", description = "Run cTAKES's part-of-speech tagger on the text.")
    boolean partOfSpeech;

    @Option(names = "--vosk-model", paramLabel = "DIR",
            description = "Recognise recordings with this Vosk model directory (on every executor node).")
    String voskModel = "";

    @Option(names = "--language-model", paramLabel = "MODEL", defaultValue = "clinical",
            description = "PocketSphinx language model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SpeechEngines.LanguageModel languageModel;

    @Option(names = "--layout", paramLabel = "MODE", defaultValue = "auto",
            description = "Page layout for scans: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    PageLayout layout;

    @Option(names = "--no-correction", description = "Keep OCR words as read.")
    boolean noCorrection;

    @Option(names = "--no-clinical-words", description = "Do not give Tesseract the clinical vocabulary.")
    boolean noClinicalWords;

    @Option(names = "--template", paramLabel = "FORM.json",
            description = "A paper form the scans may include (repeat for several), as in `clinscribe batch`.")
    List<String> templates = List.of();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Optional<SparkSession> session;

    /** The job as spark-submit runs it: in a session of its own, stopped at the end. */
    JobCommand() {
        this.session = Optional.empty();
    }

    /** The job in a session someone else started and will stop (a test's, a notebook's). */
    JobCommand(SparkSession session) {
        this.session = Optional.of(session);
    }

    @Override
    public Integer call() {
        SparkSession spark = session.orElseGet(() -> SparkSession.builder().appName("clinscribe batch").getOrCreate());
        try {
            ProcessingSettings settings = new ProcessingSettings(partOfSpeech, voskModel, languageModel,
                    layout.pageSegmentationMode(), !noCorrection, !noClinicalWords,
                    forms(spark.sparkContext().hadoopConfiguration()));
            SparkBatchJob.Summary s = SparkBatchJob.run(spark, input, output, settings);
            spec.commandLine().getOut().printf("clinscribe batch: %d documents, %d failed, %d entries (%d need review) -> %s%n",
                    s.documents(), s.failed(), s.entries(), s.entriesNeedingReview(), output);
            return s.failed() > 0 ? 1 : 0;
        } finally {
            if (session.isEmpty()) {
                spark.stop();
            }
        }
    }

    /** The templates, read on the driver and sent to the executors with the settings. */
    private List<ProcessingSettings.FormTemplateText> forms(Configuration hadoop) {
        List<ProcessingSettings.FormTemplateText> forms = new ArrayList<>();
        for (String template : templates) {
            try {
                Path path = new Path(template);
                FileSystem fs = path.getFileSystem(hadoop);
                try (InputStream in = fs.open(path)) {
                    forms.add(ProcessingSettings.FormTemplateText.of(template,
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            } catch (java.io.FileNotFoundException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--template " + template + ": no such file");
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--template " + e.getMessage());
            }
        }
        return forms;
    }
}

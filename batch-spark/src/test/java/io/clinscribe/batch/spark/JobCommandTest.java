package io.clinscribe.batch.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job's command line as spark-submit passes it: the batch's reading options reach every executor. */
class JobCommandTest {

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("clinscribe-job-command-test")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void aFormTemplateOnTheCommandLineMakesFormScansReadFieldByField(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("../corpora/scans/form/vitals-intake-filled2.jpg"), in.resolve("intake.jpg"));
        Files.copy(Path.of("../corpora/scans/print/note2-serif.png"), in.resolve("letter.png"));
        Path out = tmp.resolve("out");
        Run run = run("--template", Path.of("../corpora/scans/form/vitals-intake.template.json").toUri().toString(),
                "--no-correction", "--layout", "sparse", in.toUri().toString(), out.toUri().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("2 documents, 0 failed"), run.out());

        Map<String, JsonNode> documents = new HashMap<>();
        for (Row r : spark.read().text(out.resolve("documents").toString()).collectAsList()) {
            JsonNode d = new ObjectMapper().readTree(r.getString(0));
            documents.put(d.get("id").asText(), d);
        }
        assertEquals("vitals-intake", documents.get("intake").at("/form/template").asText());
        assertTrue(documents.get("letter").path("form").isMissingNode(), "a letter is no form");
        assertTrue(documents.get("letter").get("pages").size() > 0);
    }

    @Test
    void aMissingTemplateIsAUsageErrorNamingIt(@TempDir Path tmp) {
        Run run = run("--template", tmp.resolve("intake.json").toString(), tmp.toString(), tmp.resolve("out").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(tmp.resolve("intake.json") + ": no such file"), run.err());
        assertTrue(Files.notExists(tmp.resolve("out")));
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new JobCommand(spark)).setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}

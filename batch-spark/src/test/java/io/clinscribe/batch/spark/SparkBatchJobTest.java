package io.clinscribe.batch.spark;

import io.clinscribe.batch.document.ProcessedDocument;
import io.clinscribe.batch.routing.MixedInputs;
import io.clinscribe.json.EntriesJsonWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode on loopback over a small mixed folder (notes, a recording, a scan, ink, a corrupt
 * image, a binary file): its documents must equal what the local batch's per-document code makes of the same
 * files, its failures must name the bad ones, and its Parquet must hold one row per entry.
 */
class SparkBatchJobTest {

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("clinscribe-batch-test")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void mixedFolderGivesTheLocalBatchResultsAsJsonParquetAndFailures(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in/clinic"));
        copy("../corpora/text/sample-note.txt", in);
        copy("../corpora/scans/print/note1-serif.png", in);
        copy("../corpora/ink/aspirin-insulin.inkml", in);
        copy("../corpora/scans/bad/truncated.png", in);
        copy("../corpora/bad-input/bad-binary.bin", in);
        if (Files.isExecutable(Path.of("/usr/bin/pocketsphinx_continuous"))) {
            copy("../corpora/audio/dictation-vitals.wav", in);
        }
        Path out = tmp.resolve("out");

        SparkBatchJob.Summary summary = SparkBatchJob.run(spark, tmp.resolve("in").toUri().toString(), out.toUri().toString());

        long inputs;
        try (Stream<Path> files = Files.list(in)) {
            inputs = files.count();
        }
        assertEquals(inputs, summary.documents());
        assertEquals(2, summary.failed(), "the truncated image and the binary file");

        Map<String, String> local = new HashMap<>();
        try (MixedInputs batch = new MixedInputs(1); Stream<Path> files = Files.list(in)) {
            EntriesJsonWriter writer = EntriesJsonWriter.jsonLines();
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                ProcessedDocument d = batch.process(name.substring(0, name.lastIndexOf('.')), f);
                ByteArrayOutputStream json = new ByteArrayOutputStream();
                d.writeTo(writer, json);
                local.put(d.document().id(), json.toString(StandardCharsets.UTF_8).strip());
            }
        }
        Map<String, String> distributed = new HashMap<>();
        for (Row r : spark.read().text(out.resolve("documents").toString()).collectAsList()) {
            String json = r.getString(0);
            String id = json.replaceFirst("^\\{\"schema\":\"[^\"]*\",\"id\":\"([^\"]*)\".*$", "$1");
            distributed.put(id, json);
        }
        assertEquals(local, distributed, "Spark's documents are the local batch's");

        List<Row> failures = spark.read().json(out.resolve("failures").toString()).collectAsList();
        assertEquals(2, failures.size());
        String reasons = failures.toString();
        assertTrue(reasons.contains("truncated.png") && reasons.contains("bad-binary.bin"), reasons);

        long rows = spark.read().parquet(out.resolve("entries").toString()).count();
        assertEquals(summary.entries(), rows);
        assertTrue(rows > 20, "the sample note alone has many entries: " + rows);
        List<Row> paged = spark.read().parquet(out.resolve("entries").toString())
                .filter("inputKind = 'scan' AND page = 1").collectAsList();
        assertTrue(!paged.isEmpty(), "entries of the scan carry their page box");
    }

    private static void copy(String file, Path folder) throws Exception {
        Path from = Path.of(file);
        Files.copy(from, folder.resolve(from.getFileName()));
    }
}

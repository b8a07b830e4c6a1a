package io.clinscribe.batch.spark;

import java.nio.file.Path;
import java.util.List;
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
        MixedFolder in = MixedFolder.create(tmp.resolve("in"));
        Path out = tmp.resolve("out");

        SparkBatchJob.Summary summary = SparkBatchJob.run(spark, in.root().toUri().toString(), out.toUri().toString());

        assertEquals(in.files().size(), summary.documents());
        assertEquals(MixedFolder.FAILING, summary.failed(), "the truncated image and the binary file");

        List<String> lines = spark.read().text(out.resolve("documents").toString()).collectAsList().stream()
                .map(r -> r.getString(0)).toList();
        assertEquals(in.localDocuments(), MixedFolder.byId(lines), "Spark's documents are the local batch's");

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
}

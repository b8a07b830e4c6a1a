package io.clinscribe.batch.spark;

import io.clinscribe.batch.routing.ProcessingSettings;
import picocli.CommandLine;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * {@code spark-submit --class io.clinscribe.batch.spark.SparkBatchJob clinscribe-batch-spark.jar [OPTIONS] INPUT OUTPUT}:
 * every file under INPUT (any Hadoop file system: a local path, hdfs://, s3a://) processed as the local
 * batch processes it, written to OUTPUT as
 * {@code documents/} (JSON Lines, one clinscribe.entries/v1 document per input, failed ones with their problems),
 * {@code entries/} (Parquet, one row per entry) and {@code failures/} (JSON Lines: path, document id, reason).
 */
public final class SparkBatchJob {

    private SparkBatchJob() {
    }

    /** What the job did, as counts. */
    public record Summary(long documents, long failed, long entries, long entriesNeedingReview) {
    }

    /** {@code SparkBatchJob [--pos] [--layout auto|sparse] [--template FORM.json] ... INPUT OUTPUT}; {@code --help} lists all. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new JobCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    /** Runs the job with the commands' default settings; OUTPUT must not exist (a finished run is never overwritten). */
    public static Summary run(SparkSession spark, String input, String output) {
        return run(spark, input, output, ProcessingSettings.defaults());
    }

    /** Runs the job with these settings on every executor; OUTPUT must not exist. */
    public static Summary run(SparkSession spark, String input, String output, ProcessingSettings settings) {
        Dataset<DocumentRow> results = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                .load(input).select("path", "content")
                .mapPartitions(new ProcessInputs(settings), Encoders.bean(DocumentRow.class))
                // processing is the expensive part: once, whatever is written from it
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            results.select("json").write().mode(SaveMode.ErrorIfExists).text(output + "/documents");
            results.filter(col("failed")).select("inputPath", "documentId", "reason")
                    .write().mode(SaveMode.ErrorIfExists).json(output + "/failures");
            results.select(explode(col("entries")).as("entry")).select("entry.*")
                    .write().mode(SaveMode.ErrorIfExists).parquet(output + "/entries");
            Row totals = results.agg(count(lit(1)), sum(when(col("failed"), 1).otherwise(0)),
                    sum(size(col("entries"))), sum(col("entriesNeedingReview"))).first();
            return new Summary(totals.getLong(0), totals.isNullAt(1) ? 0 : totals.getLong(1),
                    totals.isNullAt(2) ? 0 : totals.getLong(2), totals.isNullAt(3) ? 0 : totals.getLong(3));
        } finally {
            results.unpersist();
        }
    }
}

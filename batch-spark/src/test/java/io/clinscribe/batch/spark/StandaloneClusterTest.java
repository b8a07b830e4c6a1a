package io.clinscribe.batch.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The job on a real Spark standalone cluster on loopback: a Master and two Workers of one core each as child
 * JVMs, so two executor JVMs, with the job's jar and target/lib shipped by spark-submit as the README says.
 * Its documents must be the local batch's, both executors must have processed inputs, and no JVM may be
 * left running. Runs after package (the jar it submits), with the Spark home spark-home/pom.xml builds.
 */
class StandaloneClusterTest {

    private static final Pattern READ = Pattern.compile("Reading File path: (\\S+),");

    @Test
    void twoExecutorJvmsGiveTheLocalBatchDocuments(@TempDir Path tmp) throws Exception {
        assumeTrue(StandaloneCluster.sparkHomeBuilt(),
                "no Spark home: batch-spark/scripts/spark-standalone.sh home (or mvn -f batch-spark/spark-home/pom.xml package)");
        assumeTrue(Files.isRegularFile(Path.of("target/clinscribe-batch-spark.jar")) && Files.isDirectory(Path.of("target/lib")),
                "the job's jar and target/lib are made by package");
        MixedFolder in = MixedFolder.create(tmp.resolve("in"));
        Path out = tmp.resolve("out");

        long started = System.nanoTime();
        StandaloneCluster.Submission submission;
        List<Long> processes;
        List<Path> executors;
        Path eventLog;
        try (StandaloneCluster cluster = StandaloneCluster.start(tmp.resolve("cluster"), 2, 1)) {
            long submitted = System.nanoTime();
            // both executors registered before the first task, so each gets one of the input partitions
            submission = cluster.submit(in.root(), out, "--conf", "spark.scheduler.minRegisteredResourcesRatio=1.0",
                    "--conf", "spark.scheduler.maxRegisteredResourcesWaitingTime=120s");
            System.out.printf("standalone cluster: started in %.1f s, job submitted and done in %.1f s%n",
                    (submitted - started) / 1e9, (System.nanoTime() - submitted) / 1e9);
            processes = cluster.processIds();
            executors = cluster.executorFolders();
            eventLog = cluster.eventLog();
        }

        for (long pid : processes) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " still runs");
        }
        // the job may exit 1 for the two bad inputs, as the local batch does; never 2 (usage) or a crash
        assertTrue(submission.exitCode() <= 1, submission.output());
        assertTrue(submission.output().contains("clinscribe batch: " + in.files().size() + " documents, "
                + MixedFolder.FAILING + " failed"), submission.output());

        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("documents"))) {
            for (Path part : parts.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        assertEquals(in.localDocuments(), MixedFolder.byId(lines), "the cluster's documents are the local batch's");

        // two executor JVMs (one per Worker, each its own process) and each read some of the inputs
        assertEquals(2, executors.size(), executors.toString());
        assertEquals(2, executors.stream().map(e -> e.getParent().getParent()).distinct().count(), "one per Worker");
        Set<Long> executorProcesses = new HashSet<>();
        Set<String> read = new TreeSet<>();
        for (Path executor : executors) {
            String log = Files.readString(executor.resolve("stderr"));
            executorProcesses.add(StandaloneCluster.processId(executor.resolve("stderr")));
            Matcher m = READ.matcher(log);
            Set<String> own = new TreeSet<>();
            while (m.find()) {
                own.add(Path.of(URI.create(m.group(1))).getFileName().toString());
            }
            assertFalse(own.isEmpty(), executor + " read no input");
            read.addAll(own);
        }
        assertEquals(2, executorProcesses.size(), "two executor processes");
        assertFalse(executorProcesses.contains(ProcessHandle.current().pid()));
        Set<String> inputs = new TreeSet<>(in.files().stream().map(f -> f.getFileName().toString()).toList());
        assertEquals(inputs, read, "the executors between them read every input");

        // and Spark's own record says the processing stage's tasks ran on both
        ObjectMapper json = new ObjectMapper();
        Set<String> processingExecutors = new TreeSet<>();
        for (String event : Files.readAllLines(eventLog)) {
            JsonNode e = json.readTree(event);
            if ("SparkListenerTaskEnd".equals(e.path("Event").asText()) && e.path("Stage ID").asInt() == 0) {
                processingExecutors.add(e.path("Task Info").path("Executor ID").asText());
            }
        }
        assertEquals(Set.of("0", "1"), processingExecutors, "the first stage (processing) ran on both executors");
    }
}

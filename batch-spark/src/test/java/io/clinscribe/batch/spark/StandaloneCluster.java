package io.clinscribe.batch.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on loopback run by {@code scripts/spark-standalone.sh} (a Master and Workers as
 * child JVMs, executors as JVMs the Workers start), with its state (logs, work folders, event log) in one
 * folder. {@link #close()} stops every JVM the script started, executors included.
 */
final class StandaloneCluster implements AutoCloseable {

    /** The Spark home spark-home/pom.xml builds; without it there is no cluster to start. */
    static final Path SPARK_HOME = Path.of("target/spark-home");

    private static final Path SCRIPT = Path.of("scripts/spark-standalone.sh");
    private static final Pattern DAEMON = Pattern.compile("Started daemon with process name: (\\d+)@");

    private final Path state;
    private final Thread stopOnExit;

    private StandaloneCluster(Path state) {
        this.state = state;
        // a test JVM ended by a signal still stops the cluster; a kill -9 leaves `spark-standalone.sh stop`
        this.stopOnExit = new Thread(this::stopQuietly, "stop-spark-standalone");
    }

    static boolean sparkHomeBuilt() throws IOException {
        Path jars = SPARK_HOME.resolve("jars");
        if (!Files.isDirectory(jars)) {
            return false;
        }
        try (Stream<Path> files = Files.list(jars)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("spark-core_"));
        }
    }

    /** Starts a Master and WORKERS Workers of CORES cores each, returning once they have all registered. */
    static StandaloneCluster start(Path state, int workers, int cores) throws IOException, InterruptedException {
        StandaloneCluster cluster = new StandaloneCluster(Files.createDirectories(state));
        Runtime.getRuntime().addShutdownHook(cluster.stopOnExit);
        try {
            cluster.run(120, "start", Integer.toString(workers), Integer.toString(cores));
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** What spark-submit ended with, and what the driver and the script wrote. */
    record Submission(int exitCode, String output) {
    }

    /** Submits the job as the README's spark-submit line does. */
    Submission submit(Path input, Path output, String... sparkSubmitArguments) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("submit", input.toString(), output.toString()));
        arguments.addAll(List.of(sparkSubmitArguments));
        Process process = launch(arguments);
        return new Submission(await(process, 300, "submit"), Files.readString(log("submit")));
    }

    /** The folder each executor ran in (work/worker-N/APP/EXECUTOR), holding its stdout and stderr. */
    List<Path> executorFolders() throws IOException {
        try (Stream<Path> files = Files.find(state.resolve("work"), 3,
                (f, a) -> a.isDirectory() && state.resolve("work").relativize(f).getNameCount() == 3)) {
            return files.sorted().toList();
        }
    }

    /** The Spark event log of the (one) application submitted. */
    Path eventLog() throws IOException {
        try (Stream<Path> files = Files.list(state.resolve("events"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("app-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no event log in " + state.resolve("events")));
        }
    }

    /** The process ids of the Master, the Workers and every executor that ran. */
    List<Long> processIds() throws IOException {
        List<Long> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(state)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
                ids.add(Long.parseLong(Files.readString(f).strip()));
            }
        }
        for (Path executor : executorFolders()) {
            ids.add(processId(executor.resolve("stderr")));
        }
        return ids;
    }

    /** The process id an executor's log gives for itself. */
    static long processId(Path stderr) throws IOException {
        Matcher m = DAEMON.matcher(Files.readString(stderr, StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalStateException("no process id in " + stderr);
        }
        return Long.parseLong(m.group(1));
    }

    @Override
    public void close() throws IOException {
        try {
            run(60, "stop");
        } catch (InterruptedException e) {
            // the caller was interrupted while the stop script ran: keep the interrupt, report it
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the cluster", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running
            }
        }
    }

    private void stopQuietly() {
        try {
            run(60, "stop");
        } catch (IOException | InterruptedException | RuntimeException e) {
            // nothing more can be done while the JVM exits
        }
    }

    private void run(int seconds, String... arguments) throws IOException, InterruptedException {
        Process process = launch(List.of(arguments));
        if (await(process, seconds, arguments[0]) != 0) {
            throw new IllegalStateException("spark-standalone.sh " + arguments[0] + " failed: " + Files.readString(log(arguments[0])));
        }
    }

    private Process launch(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log(arguments.get(0)).toFile());
        builder.environment().put("STATE_DIR", state.toAbsolutePath().toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        builder.environment().put("WORKER_MEMORY", "2g");
        builder.environment().put("EXECUTOR_MEMORY", "2g");
        return builder.start();
    }

    private int await(Process process, int seconds, String what) throws IOException, InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("spark-standalone.sh " + what + " did not end in " + seconds + " s: "
                    + Files.readString(log(what)));
        }
        return process.exitValue();
    }

    private Path log(String command) {
        return state.resolve("script-" + command + ".out");
    }
}

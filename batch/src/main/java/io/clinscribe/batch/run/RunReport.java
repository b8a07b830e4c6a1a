package io.clinscribe.batch.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.clinscribe.batch.routing.InputKind;
import io.clinscribe.record.ProcessingProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a run did, for the person who started it and for the next run: counts by kind (processed, skipped,
 * failed), each failure with its file and reason, the documents with entries to review, throughput, start
 * and end. Written as {@code clinscribe-run.json} (schema {@value #SCHEMA}) and as a short summary. Names
 * files and reasons only, never patient text. Thread-safe.
 */
public final class RunReport {

    public static final String SCHEMA = "clinscribe.run/v1";

    private record Failure(String file, InputKind kind, String code, String reason) {
    }

    private record Review(String file, String result, long entries) {
    }

    /** Indexes of the counts kept for each kind. */
    private static final int PROCESSED = 0;
    private static final int SKIPPED = 1;
    private static final int FAILED = 2;

    private final String input;
    private final int total;
    private final int workers;
    private final Instant started;
    private Instant ended;
    private boolean interrupted;
    private final Map<InputKind, int[]> byKind = new EnumMap<>(InputKind.class);
    private final List<Failure> failures = new ArrayList<>();
    private final List<Review> reviews = new ArrayList<>();
    private final Map<String, Integer> forms = new java.util.TreeMap<>();
    private long entries;

    public RunReport(String input, int total, int workers, Instant started) {
        this.input = input;
        this.total = total;
        this.workers = workers;
        this.started = started;
    }

    public synchronized void add(Outcome outcome, String resultName) {
        int[] counts = byKind.computeIfAbsent(outcome.kind(), k -> new int[3]);
        if (outcome.isSkipped()) {
            counts[SKIPPED]++;
            return;
        }
        if (outcome.failed()) {
            counts[FAILED]++;
            ProcessingProblem error = outcome.error().orElseThrow();
            failures.add(new Failure(outcome.input().name(), outcome.kind(), error.code(), error.message()));
            return;
        }
        counts[PROCESSED]++;
        outcome.form().ifPresent(form -> forms.merge(form, 1, Integer::sum));
        var document = outcome.document().orElseThrow();
        entries += document.entries().size();
        long review = document.entriesNeedingReview();
        if (review > 0) {
            reviews.add(new Review(outcome.input().name(), resultName, review));
        }
    }

    public synchronized int processed() {
        return sum(PROCESSED);
    }

    public synchronized int skipped() {
        return sum(SKIPPED);
    }

    public synchronized int failed() {
        return sum(FAILED);
    }

    public synchronized int done() {
        return processed() + skipped() + failed();
    }

    /** Marks the run over at {@code now}; {@code stopped} when it was cut short (Ctrl-C). */
    public synchronized void end(Instant now, boolean stopped) {
        this.ended = now;
        this.interrupted = stopped;
    }

    /** Documents processed (succeeded or failed, not skipped) per second of the run. */
    public synchronized double documentsPerSecond() {
        double seconds = seconds();
        return seconds <= 0 ? 0 : (processed() + failed()) / seconds;
    }

    private double seconds() {
        return Duration.between(started, ended == null ? Instant.now() : ended).toMillis() / 1000.0;
    }

    private int sum(int which) {
        return byKind.values().stream().mapToInt(c -> c[which]).sum();
    }

    /** Writes the report atomically (temporary file and rename). */
    public synchronized void write(Path file) throws IOException {
        atomically(file, out -> {
            try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
                json.setPrettyPrinter(new DefaultPrettyPrinter());
                writeJson(json);
            }
        });
    }

    /** Writes the {@link #summary()} atomically, for whoever looks at the run after its terminal has gone. */
    public synchronized void writeSummary(Path file) throws IOException {
        String summary = summary();
        atomically(file, out -> out.write(summary.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A temporary file renamed over {@code file}: a reader sees the old report or the new one, never half. */
    private static void atomically(Path file, Content content) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".", ".json.tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void writeJson(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("schema", SCHEMA);
        json.writeStringField("input", input);
        json.writeStringField("started", started.toString());
        if (ended != null) {
            json.writeStringField("ended", ended.toString());
        }
        json.writeBooleanField("interrupted", interrupted);
        json.writeNumberField("workers", workers);
        json.writeNumberField("inputs", total);
        json.writeNumberField("processed", processed());
        json.writeNumberField("skipped", skipped());
        json.writeNumberField("failed", failed());
        json.writeNumberField("entries", entries);
        json.writeNumberField("seconds", Math.round(seconds() * 1000) / 1000.0);
        json.writeNumberField("documentsPerSecond", Math.round(documentsPerSecond() * 1000) / 1000.0);
        json.writeObjectFieldStart("byKind");
        for (Map.Entry<InputKind, int[]> e : byKind.entrySet()) {
            json.writeObjectFieldStart(e.getKey().code());
            json.writeNumberField("processed", e.getValue()[PROCESSED]);
            json.writeNumberField("skipped", e.getValue()[SKIPPED]);
            json.writeNumberField("failed", e.getValue()[FAILED]);
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeObjectFieldStart("forms");
        for (Map.Entry<String, Integer> form : forms.entrySet()) {
            json.writeNumberField(form.getKey(), form.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("failures");
        for (Failure f : failures) {
            json.writeStartObject();
            json.writeStringField("file", f.file());
            json.writeStringField("kind", f.kind().code());
            json.writeStringField("code", f.code());
            json.writeStringField("reason", f.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("needsReview");
        for (Review r : reviews) {
            json.writeStartObject();
            json.writeStringField("file", r.file());
            json.writeStringField("result", r.result());
            json.writeNumberField("entries", r.entries());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A few lines for the terminal: totals, by kind, each failure, how many documents to review. */
    public synchronized String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "clinscribe batch: %d inputs: %d processed, %d skipped (done before), %d failed"
                + " in %.1f s (%.2f documents/s, %d workers)%s%n", total, processed(), skipped(), failed(), seconds(),
                documentsPerSecond(), workers, interrupted ? "; INTERRUPTED, run again to finish" : ""));
        byKind.forEach((kind, c) -> s.append(String.format(Locale.ROOT, "  %-13s %d processed, %d skipped, %d failed%n",
                kind.code() + ":", c[PROCESSED], c[SKIPPED], c[FAILED])));
        forms.forEach((form, n) -> s.append(String.format(Locale.ROOT, "  %-13s %d scans read as form %s%n", "forms:", n, form)));
        for (Failure f : failures) {
            s.append("  failed: ").append(f.file()).append(": ").append(f.reason()).append(System.lineSeparator());
        }
        if (!reviews.isEmpty()) {
            long review = reviews.stream().mapToLong(Review::entries).sum();
            s.append(String.format(Locale.ROOT, "  %d documents have %d entries to review (see needsReview in the report)%n",
                    reviews.size(), review));
        }
        return s.toString();
    }
}

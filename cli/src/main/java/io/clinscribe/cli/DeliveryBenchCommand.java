package io.clinscribe.cli;

import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.DeliveryReceipt;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EhrAdapters;
import io.clinscribe.delivery.EntryOutcome;
import io.clinscribe.delivery.PatientContext;
import io.clinscribe.delivery.outbox.AdapterOpener;
import io.clinscribe.delivery.outbox.Courier;
import io.clinscribe.delivery.outbox.DeliveryRound;
import io.clinscribe.delivery.outbox.DeliveryTarget;
import io.clinscribe.delivery.outbox.Outbox;
import io.clinscribe.delivery.outbox.RetryPolicy;
import io.clinscribe.json.EntriesJsonReader;
import io.clinscribe.record.ClinicalDocument;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code clinscribe bench delivery}: documents per second through an adapter called directly, and through the
 * outbox (store, then the courier), so the outbox's cost per document is known. Each copy of a document goes
 * to its own made-up patient ({@code bench-RUN-N}), so an idempotent EHR stores every copy.
 */
@Command(name = "delivery", mixinStandardHelpOptions = true,
        description = {"Measure delivery: documents per second to an adapter called directly and through the outbox,",
                "and the outbox's overhead per document. Use a test EHR: every copy is stored for a made-up patient."})
final class DeliveryBenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DOCUMENT", description = "clinscribe.entries/v1 documents (.json or .jsonl).")
    List<Path> documents;

    @Option(names = "--count", paramLabel = "N", defaultValue = "200", description = "Documents to time each way (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20", description = "Documents sent before timing (default: ${DEFAULT-VALUE}).")
    int warmup;

    @CommandLine.Mixin
    DeliveryOptions deliveryOptions;

    @Override
    public Integer call() throws Exception {
        if (!deliveryOptions.requested()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to ADAPTER is required");
        }
        if (count < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count must be at least 1, --warmup not negative");
        }
        List<ClinicalDocument> docs = read(documents);
        if (docs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no documents in " + documents);
        }
        EhrAdapters adapters = EhrAdapters.discover();
        AdapterSettings settings = deliveryOptions.settings(adapters, System.getenv());
        String run = Long.toString(System.currentTimeMillis(), 36);
        PrintWriter out = spec.commandLine().getOut();
        int entries = 0;
        try (EhrAdapter adapter = adapters.open(settings)) {
            for (int i = 0; i < warmup; i++) {
                adapter.deliver(request(docs, run + "w", i));
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < count; i++) {
                DeliveryReceipt receipt = adapter.deliver(request(docs, run + "d", i));
                entries += (int) receipt.entries().stream().filter(e -> e.status() == EntryOutcome.Status.CREATED).count();
            }
            double direct = (System.nanoTime() - t0) / 1e9;
            out.printf("adapter %s, directly: %d documents in %.2f s = %.1f documents/s (%.1f ms each), %d entries created%n",
                    settings.adapter(), count, direct, count / direct, 1000 * direct / count, entries);

            Path box = deliveryOptions.outbox != null ? deliveryOptions.outbox : Files.createTempDirectory("clinscribe-bench-outbox");
            try (Outbox outbox = Outbox.open(box)) {
                DeliveryTarget target = DeliveryTarget.of(adapters, settings);
                Courier courier = new Courier(outbox, AdapterOpener.of(adapters, t -> settings.values()), RetryPolicy.standard());
                long t1 = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    outbox.enqueue(request(docs, run + "o", i), target);
                }
                long t2 = System.nanoTime();
                DeliveryRound round = courier.deliverDue();
                double total = (System.nanoTime() - t1) / 1e9;
                out.printf("through the outbox: %d documents in %.2f s = %.1f documents/s (storing %.1f ms, sending %.1f ms each); "
                                + "%d delivered, %d not%n", count, total, count / total, (t2 - t1) / 1e6 / count,
                        (System.nanoTime() - t2) / 1e6 / count, round.delivered().size(), count - round.delivered().size());
                // directly once more, so that warming up (the JIT, the EHR's caches) does not favour the second path
                long t3 = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    adapter.deliver(request(docs, run + "e", i));
                }
                double again = (System.nanoTime() - t3) / 1e9;
                double directMean = (direct + again) / 2;
                out.printf("directly again: %.1f documents/s; outbox overhead against the mean of both: %.1f ms per "
                        + "document (%.0f%%)%n", count / again, 1000 * (total - directMean) / count,
                        100 * (total - directMean) / directMean);
            } finally {
                if (deliveryOptions.outbox == null) {
                    deleteTree(box);
                }
            }
        }
        out.flush();
        return 0;
    }

    private static DeliveryRequest request(List<ClinicalDocument> docs, String run, int n) {
        return DeliveryRequest.of(docs.get(n % docs.size()), new PatientContext("bench-" + run + "-" + n,
                Optional.empty(), Optional.empty()));
    }

    private static List<ClinicalDocument> read(List<Path> files) throws Exception {
        EntriesJsonReader reader = new EntriesJsonReader();
        List<ClinicalDocument> docs = new ArrayList<>();
        for (Path f : files) {
            if (f.toString().endsWith(".jsonl")) {
                docs.addAll(reader.readAll(f));
            } else {
                try (var in = Files.newBufferedReader(f)) {
                    docs.add(reader.read(in));
                }
            }
        }
        docs.removeIf(ClinicalDocument::failed);
        return docs;
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

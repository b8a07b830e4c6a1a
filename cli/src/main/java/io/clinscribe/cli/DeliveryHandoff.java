package io.clinscribe.cli;

import io.clinscribe.delivery.AdapterConfigurationException;
import io.clinscribe.delivery.AdapterOption;
import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EhrAdapterProvider;
import io.clinscribe.delivery.EhrAdapters;
import io.clinscribe.delivery.PatientContext;
import io.clinscribe.delivery.outbox.AdapterOpener;
import io.clinscribe.delivery.outbox.Courier;
import io.clinscribe.delivery.outbox.DeliveryRound;
import io.clinscribe.delivery.outbox.DeliveryTarget;
import io.clinscribe.delivery.outbox.Outbox;
import io.clinscribe.delivery.outbox.OutboxException;
import io.clinscribe.delivery.outbox.OutboxItem;
import io.clinscribe.delivery.outbox.RetryPolicy;
import io.clinscribe.record.ClinicalDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Hands a command's documents to the outbox and, at the end, delivers them: each document is stored first
 * (so nothing is lost if the EHR is down or the process dies), then the courier sends what is pending until
 * all is delivered or {@code --wait} has passed. What is left stays in the outbox for {@code clinscribe outbox
 * deliver}. Messages name documents, items and adapters, never patient text. Used from one thread.
 */
final class DeliveryHandoff implements AutoCloseable {

    /** Exit code when documents were queued but not all delivered (still pending, refused or partial). */
    static final int NOT_ALL_DELIVERED = 3;

    private final Outbox outbox;
    private final EhrAdapters adapters;
    private final DeliveryTarget target;
    private final PatientContext patient;
    private final Map<String, String> secrets;
    private final Duration patience;
    private final PrintWriter err;
    private final List<Long> queued = new ArrayList<>();
    private int notQueued;

    private DeliveryHandoff(Outbox outbox, EhrAdapters adapters, DeliveryTarget target, PatientContext patient,
                            Map<String, String> secrets, Duration patience, PrintWriter err) {
        this.outbox = outbox;
        this.adapters = adapters;
        this.target = target;
        this.patient = patient;
        this.secrets = secrets;
        this.patience = patience;
        this.err = err;
    }

    /**
     * Checks the settings and opens the adapter once (so a wrong URL or directory is reported before any
     * work is done), then opens the outbox.
     */
    static DeliveryHandoff open(DeliveryOptions options, CommandLine commandLine, PrintWriter err) {
        EhrAdapters adapters = EhrAdapters.discover();
        AdapterSettings settings = options.settings(adapters, System.getenv());
        PatientContext patient = options.patient();
        Duration patience = options.waitFor();
        EhrAdapterProvider provider = adapters.provider(settings.adapter()).orElseThrow();
        try (EhrAdapter ignored = provider.open(settings)) {
            // opened to check the settings; the courier opens its own
        } catch (AdapterConfigurationException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        } catch (Exception e) {
            throw new CommandLine.ParameterException(commandLine, "adapter " + settings.adapter() + ": " + e.getMessage());
        }
        Map<String, String> secrets = new HashMap<>();
        for (AdapterOption o : provider.options()) {
            if (o.secret()) {
                settings.get(o.name()).ifPresent(v -> secrets.put(o.name(), v));
            }
        }
        Path directory = options.outbox != null ? options.outbox : Outbox.defaultDirectory();
        try {
            return new DeliveryHandoff(Outbox.open(directory), adapters, DeliveryTarget.of(provider, settings),
                    patient, Map.copyOf(secrets), patience, err);
        } catch (OutboxException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }

    /** Stores one document for delivery; a document that failed to process is reported and not sent. */
    void accept(ClinicalDocument document) throws OutboxException {
        if (document.failed()) {
            notQueued++;
            err.println("clinscribe: " + document.id() + ": not delivered, it could not be processed");
            return;
        }
        OutboxItem item = outbox.enqueue(DeliveryRequest.of(document, patient), target);
        queued.add(item.id());
    }

    /** Delivers what is pending, reports, and returns 0 when everything queued here was delivered. */
    int deliver() throws OutboxException, InterruptedException {
        if (queued.isEmpty()) {
            return notQueued > 0 ? NOT_ALL_DELIVERED : 0;
        }
        Courier courier = new Courier(outbox, AdapterOpener.of(adapters, secretsFor()), RetryPolicy.standard());
        // only this run's documents: older items wait for `clinscribe outbox deliver`, with their own secrets
        DeliveryRound round = courier.deliverAll(patience, item -> queued.contains(item.id()));
        round.targetProblems().forEach(p -> err.println("clinscribe: delivery: " + p));
        int undelivered = 0;
        for (long id : queued) {
            Optional<OutboxItem> item = outbox.item(id);
            if (item.isEmpty()) {
                continue;
            }
            OutboxItem i = item.get();
            err.println(OutboxListing.line(i));
            if (i.status() != io.clinscribe.delivery.outbox.ItemStatus.DELIVERED) {
                undelivered++;
            }
        }
        if (undelivered > 0) {
            err.println("clinscribe: " + undelivered + " of " + queued.size() + " documents not (yet) delivered; they stay "
                    + "in the outbox " + outbox.directory() + " (see `clinscribe outbox`)");
        }
        err.flush();
        return undelivered > 0 || notQueued > 0 ? NOT_ALL_DELIVERED : 0;
    }

    /** The secrets given on this command line, for this run's target. */
    private Function<DeliveryTarget, Map<String, String>> secretsFor() {
        return t -> t.equals(target) ? secrets : Map.of();
    }

    @Override
    public void close() throws OutboxException {
        outbox.close();
    }
}

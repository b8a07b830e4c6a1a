package io.clinscribe.cli;

import io.clinscribe.delivery.EhrAdapters;
import io.clinscribe.delivery.EntryOutcome;
import io.clinscribe.delivery.outbox.AdapterOpener;
import io.clinscribe.delivery.outbox.Courier;
import io.clinscribe.delivery.outbox.DeliveryRound;
import io.clinscribe.delivery.outbox.ItemStatus;
import io.clinscribe.delivery.outbox.Outbox;
import io.clinscribe.delivery.outbox.OutboxException;
import io.clinscribe.delivery.outbox.OutboxItem;
import io.clinscribe.delivery.outbox.RetryPolicy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code clinscribe outbox}: what is waiting to be delivered, what was delivered or failed; retry and deliver. */
@Command(name = "outbox", mixinStandardHelpOptions = true,
        description = {"List the documents in the delivery outbox (pending, in flight, delivered, partial, failed),",
                "show an item's per-entry receipt, retry failed items and deliver what is pending. Secret settings",
                "(tokens) are not stored: give them as CLINSCRIBE_<ADAPTER>_<SETTING>, e.g. CLINSCRIBE_FHIR_TOKEN."},
        subcommands = {OutboxCommand.ListItems.class, OutboxCommand.Show.class, OutboxCommand.Deliver.class,
                OutboxCommand.Retry.class, OutboxCommand.Purge.class})
final class OutboxCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--outbox", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "The outbox (default: ${XDG_DATA_HOME:-~/.local/share}/clinscribe/outbox).")
    Path directory;

    @Override
    public Integer call() throws Exception {
        return new ListItems().list(this, EnumSet.allOf(ItemStatus.class), spec.commandLine().getOut());
    }

    Outbox open() throws OutboxException {
        return Outbox.open(directory != null ? directory : Outbox.defaultDirectory());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the items, newest last (the default).")
    static final class ListItems implements Callable<Integer> {
        @CommandLine.ParentCommand
        OutboxCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--status", paramLabel = "STATUS", split = ",",
                description = "Only items in these states: ${COMPLETION-CANDIDATES}.")
        Set<ItemStatus> statuses;

        @Override
        public Integer call() throws Exception {
            return list(parent, statuses == null || statuses.isEmpty() ? EnumSet.allOf(ItemStatus.class)
                    : EnumSet.copyOf(statuses), spec.commandLine().getOut());
        }

        int list(OutboxCommand parent, Set<ItemStatus> statuses, PrintWriter out) throws OutboxException {
            try (Outbox outbox = parent.open()) {
                List<OutboxItem> items = outbox.items(statuses);
                items.forEach(i -> out.println(OutboxListing.line(i)));
                Map<ItemStatus, Integer> counts = outbox.counts();
                out.println(counts.entrySet().stream().filter(e -> e.getValue() > 0)
                        .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT))
                        .reduce((a, b) -> a + ", " + b).orElse("the outbox is empty") + " (" + outbox.directory() + ")");
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one item and its receipt, entry by entry.")
    static final class Show implements Callable<Integer> {
        @CommandLine.ParentCommand
        OutboxCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The item's number, as `clinscribe outbox` lists it.")
        long id;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Outbox outbox = parent.open()) {
                OutboxItem item = outbox.item(id).orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(), "no item " + id + " in the outbox " + outbox.directory()));
                out.println(OutboxListing.line(item));
                out.println("  delivery id " + item.deliveryId() + ", queued " + item.createdAt()
                        + item.deliveredAt().map(t -> ", delivered " + t).orElse(""));
                outbox.receipt(id).ifPresent(r -> {
                    r.documentIds().forEach(d -> out.println("  document: " + d));
                    for (EntryOutcome e : r.entries()) {
                        out.println(String.format("  entry %3d %-15s %s%s", e.index(), e.status(),
                                e.remoteId().orElse(""), e.detail().isEmpty() ? "" : " (" + e.detail() + ")"));
                    }
                });
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "deliver", mixinStandardHelpOptions = true,
            description = "Deliver every pending item now, retrying an EHR that is down until --wait has passed.")
    static final class Deliver implements Callable<Integer> {
        @CommandLine.ParentCommand
        OutboxCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
                description = "How long to keep retrying (default: ${DEFAULT-VALUE}).")
        Duration waitFor;

        @Override
        public Integer call() throws Exception {
            return deliver(parent, waitFor, spec.commandLine().getOut());
        }
    }

    static int deliver(OutboxCommand parent, Duration patience, PrintWriter out) throws Exception {
        EhrAdapters adapters = EhrAdapters.discover();
        try (Outbox outbox = parent.open()) {
            Courier courier = new Courier(outbox, AdapterOpener.of(adapters,
                    t -> OutboxSecrets.fromEnvironment(adapters, t, System.getenv())), RetryPolicy.standard());
            DeliveryRound round = courier.deliverAll(patience);
            round.targetProblems().forEach(p -> out.println("cannot deliver: " + p));
            for (OutboxItem item : outbox.items(EnumSet.of(ItemStatus.PENDING, ItemStatus.PARTIAL, ItemStatus.FAILED))) {
                out.println(OutboxListing.line(item));
            }
            out.println(round.delivered().size() + " delivered, " + round.partial().size() + " partial, "
                    + round.failed().size() + " failed, " + round.stillPending() + " still pending"
                    + round.nextAttemptAt().map(t -> " (next attempt " + t + ")").orElse(""));
            out.flush();
            return round.allDelivered() ? 0 : DeliveryHandoff.NOT_ALL_DELIVERED;
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Make failed or partial items pending again (all of them, or those named), then deliver.")
    static final class Retry implements Callable<Integer> {
        @CommandLine.ParentCommand
        OutboxCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "0..*", paramLabel = "ID", description = "Items to retry (default: every failed or partial item).")
        List<Long> ids;

        @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
                description = "How long to keep retrying (default: ${DEFAULT-VALUE}).")
        Duration waitFor;

        @Override
        public Integer call() throws Exception {
            int n;
            try (Outbox outbox = parent.open()) {
                n = ids == null || ids.isEmpty() ? outbox.retryFailed() : outbox.retry(ids);
            }
            spec.commandLine().getOut().println(n + " items pending again");
            return deliver(parent, waitFor, spec.commandLine().getOut());
        }
    }

    @Command(name = "purge", mixinStandardHelpOptions = true, description = "Remove delivered items older than an age.")
    static final class Purge implements Callable<Integer> {
        @CommandLine.ParentCommand
        OutboxCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--older-than", paramLabel = "DAYS", defaultValue = "30",
                description = "Age in days of the delivered items to remove (default: ${DEFAULT-VALUE}).")
        int days;

        @Override
        public Integer call() throws Exception {
            try (Outbox outbox = parent.open()) {
                int n = outbox.purgeDelivered(Duration.ofDays(days));
                spec.commandLine().getOut().println(n + " delivered items removed");
            }
            return 0;
        }
    }
}

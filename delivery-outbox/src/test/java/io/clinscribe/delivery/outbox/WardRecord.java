package io.clinscribe.delivery.outbox;

import io.clinscribe.delivery.AdapterConfigurationException;
import io.clinscribe.delivery.AdapterOption;
import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.DeliveryException;
import io.clinscribe.delivery.DeliveryReceipt;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EhrAdapterProvider;
import io.clinscribe.delivery.EntryOutcome;
import io.clinscribe.record.Entry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A ward's record kept as one file per entry, named by the entry id: what an EHR that keys on ids does, so a
 * second delivery finds the file and reports the entry as already present. The test can take the ward down
 * (a temporary failure for the next N calls), make it refuse documents (a permanent failure), or make it
 * reject entries of some kinds. As a provider ("ward") it needs its directory and a token, a secret.
 */
final class WardRecord implements EhrAdapter, EhrAdapterProvider {

    static final String TOKEN = "ward-token-5f1c9a";

    private final Path directory;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger downFor = new AtomicInteger();
    private volatile boolean refusing;
    private volatile Set<String> rejectedKinds = Set.of();
    private volatile String tokenSeen;

    WardRecord(Path directory) {
        this.directory = directory;
    }

    void downForNextCalls(int n) {
        downFor.set(n);
    }

    void refuse(boolean refuse) {
        this.refusing = refuse;
    }

    void reject(Set<String> kinds) {
        this.rejectedKinds = Set.copyOf(kinds);
    }

    int calls() {
        return calls.get();
    }

    String tokenSeen() {
        return tokenSeen;
    }

    /** The entry ids filed, one file each. */
    List<String> filed() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public DeliveryReceipt deliver(DeliveryRequest request) throws DeliveryException {
        calls.incrementAndGet();
        if (downFor.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw DeliveryException.temporary("ward record unreachable (connection refused)", null);
        }
        if (refusing) {
            throw DeliveryException.permanent("ward record refused delivery " + request.deliveryId()
                    + ": patient " + request.context().describe() + " unknown", null);
        }
        List<EntryOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < request.document().entries().size(); i++) {
            Entry entry = request.document().entries().get(i);
            String id = request.entryId(i);
            if (rejectedKinds.contains(entry.kind().code())) {
                outcomes.add(EntryOutcome.rejected(i, id, "kind " + entry.kind().code() + " not accepted"));
                continue;
            }
            Path file = directory.resolve(id);
            try {
                Files.writeString(file, entry.kind().code() + " " + request.context().patientId(),
                        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
                outcomes.add(EntryOutcome.created(i, id, "ward/" + id));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                outcomes.add(EntryOutcome.alreadyPresent(i, id, "ward/" + id));
            } catch (IOException e) {
                throw DeliveryException.temporary("ward record disk error", e);
            }
        }
        return new DeliveryReceipt(request.deliveryId(), "ward", Instant.now(), outcomes, List.of("ward/doc"));
    }

    // ---- as its own provider ----

    @Override
    public String name() {
        return "ward";
    }

    @Override
    public String description() {
        return "files entries in a ward's record directory (tests)";
    }

    @Override
    public List<AdapterOption> options() {
        return List.of(AdapterOption.required("ward", "the ward's record directory"),
                AdapterOption.secret("token", "the ward's access token"));
    }

    @Override
    public EhrAdapter open(AdapterSettings settings) throws AdapterConfigurationException {
        tokenSeen = settings.required("token");
        if (!tokenSeen.equals(TOKEN)) {
            throw settings.problem("token", "is not the ward's token");
        }
        return this;
    }
}

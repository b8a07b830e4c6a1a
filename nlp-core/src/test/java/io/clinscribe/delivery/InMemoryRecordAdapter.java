package io.clinscribe.delivery;

import io.clinscribe.record.Entry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The README's example of a vendor adapter, registered for these tests in META-INF/services: it files entries
 * in an in-memory "record" keyed by entry id, which is what makes a repeated delivery harmless.
 */
public final class InMemoryRecordAdapter implements EhrAdapterProvider {

    /** One record per opened adapter; the tests reach it through the adapter they opened. */
    static final class Record implements EhrAdapter {
        final Map<String, Entry> filed = new LinkedHashMap<>();
        final String ward;

        Record(String ward) {
            this.ward = ward;
        }

        @Override
        public DeliveryReceipt deliver(DeliveryRequest request) {
            List<EntryOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < request.document().entries().size(); i++) {
                String id = request.entryId(i);
                boolean known = filed.putIfAbsent(id, request.document().entries().get(i)) != null;
                outcomes.add(known ? EntryOutcome.alreadyPresent(i, id, id) : EntryOutcome.created(i, id, id));
            }
            return new DeliveryReceipt(request.deliveryId(), "memory", Instant.now(), outcomes, List.of());
        }
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public String description() {
        return "files entries in memory (tests)";
    }

    @Override
    public List<AdapterOption> options() {
        return List.of(AdapterOption.required("ward", "where the entries are filed"),
                AdapterOption.secret("token", "never stored"));
    }

    @Override
    public EhrAdapter open(AdapterSettings settings) throws AdapterConfigurationException {
        return new Record(settings.required("ward"));
    }
}

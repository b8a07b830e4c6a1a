package io.clinscribe.delivery.fhir.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.HashMapResourceProvider;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Provenance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * HAPI's plain RestfulServer keeping resources in memory, behind a bearer-token check and a fault switch,
 * on a loopback Jetty: the quick stand-in for an EHR.
 */
final class PlainFhirServer implements AutoCloseable {

    final LoopbackJetty jetty;
    final ServerFaults faults = new ServerFaults();
    private final Map<String, HashMapResourceProvider<? extends IBaseResource>> stores = new LinkedHashMap<>();

    PlainFhirServer(Predicate<String> acceptedTokens) {
        this(acceptedTokens, new LoopbackJetty());
    }

    PlainFhirServer(Predicate<String> acceptedTokens, LoopbackJetty jetty) {
        FhirContext fhir = FhirContext.forR4Cached();
        for (Class<? extends IBaseResource> type : List.of(Patient.class, DocumentReference.class, Condition.class,
                Observation.class, Provenance.class)) {
            stores.put(fhir.getResourceType(type), new HashMapResourceProvider<>(fhir, type));
        }
        RestfulServer server = new RestfulServer(fhir);
        server.registerProviders(List.copyOf(stores.values()));
        server.registerProvider(new InMemoryTransactions(fhir, stores));
        server.registerInterceptor(new BearerTokenCheck(acceptedTokens));
        server.registerInterceptor(faults);
        this.jetty = jetty.filter(faults).serve("/fhir/*", server);
    }

    PlainFhirServer start() throws Exception {
        jetty.start();
        return this;
    }

    String baseUrl() {
        return jetty.url("/fhir");
    }

    int count(String type) {
        return stores.get(type).getStoredResources().size();
    }

    int total() {
        return stores.values().stream().mapToInt(s -> s.getStoredResources().size()).sum();
    }

    @Override
    public void close() throws Exception {
        jetty.close();
    }
}

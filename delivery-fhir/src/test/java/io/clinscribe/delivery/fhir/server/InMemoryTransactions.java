package io.clinscribe.delivery.fhir.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.provider.HashMapResourceProvider;
import ca.uhn.fhir.util.FhirTerser;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The transaction endpoint of the plain test server, over its {@link HashMapResourceProvider}s (which serve
 * reads and searches but not transactions): conditional creates on {@code identifier=} or {@code _tag=},
 * {@code urn:uuid:} references resolved to the ids assigned, all entries stored or none.
 */
final class InMemoryTransactions {

    private final FhirContext fhir;
    private final Map<String, HashMapResourceProvider<? extends IBaseResource>> stores;
    private long nextId = 1;

    InMemoryTransactions(FhirContext fhir, Map<String, HashMapResourceProvider<? extends IBaseResource>> stores) {
        this.fhir = fhir;
        this.stores = stores;
    }

    @Transaction
    public synchronized Bundle transaction(@TransactionParam Bundle request, RequestDetails details) {
        FhirTerser terser = fhir.newTerser();
        Map<String, String> assigned = new HashMap<>();
        List<Boolean> created = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        // First decide every entry, so that a refused one leaves nothing stored.
        for (Bundle.BundleEntryComponent entry : request.getEntry()) {
            Resource resource = entry.getResource();
            if (resource == null || entry.getRequest().getMethod() != Bundle.HTTPVerb.POST) {
                throw new InvalidRequestException("this test server takes POST entries only");
            }
            String type = resource.fhirType();
            if (!stores.containsKey(type)) {
                throw new InvalidRequestException("no store for " + type);
            }
            Optional<String> existing = entry.getRequest().hasIfNoneExist()
                    ? match(type, entry.getRequest().getIfNoneExist(), terser) : Optional.empty();
            String id = existing.orElse(type + "/" + nextId++);
            created.add(existing.isEmpty());
            ids.add(id);
            if (entry.hasFullUrl()) {
                assigned.put(entry.getFullUrl(), id);
            }
        }
        Bundle response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        for (int i = 0; i < request.getEntry().size(); i++) {
            Resource resource = request.getEntry().get(i).getResource().copy();
            if (created.get(i)) {
                for (Reference r : terser.getAllPopulatedChildElementsOfType(resource, Reference.class)) {
                    if (assigned.containsKey(r.getReference())) {
                        r.setReference(assigned.get(r.getReference()));
                    }
                }
                resource.setId(ids.get(i));
                store(resource, details);
            }
            response.addEntry().getResponse()
                    .setStatus(created.get(i) ? "201 Created" : "200 OK")
                    .setLocation(ids.get(i) + "/_history/1");
        }
        return response;
    }

    @SuppressWarnings("unchecked")
    private <T extends IBaseResource> void store(IBaseResource resource, RequestDetails details) {
        ((HashMapResourceProvider<T>) stores.get(resource.fhirType())).update((T) resource, null, details);
    }

    private Optional<String> match(String type, String ifNoneExist, FhirTerser terser) {
        int eq = ifNoneExist.indexOf('=');
        int bar = ifNoneExist.lastIndexOf('|');
        if (eq < 0 || bar < eq) {
            throw new InvalidRequestException("ifNoneExist must be identifier=SYSTEM|VALUE or _tag=SYSTEM|VALUE");
        }
        String parameter = ifNoneExist.substring(0, eq);
        String system = ifNoneExist.substring(eq + 1, bar);
        String value = ifNoneExist.substring(bar + 1);
        for (IBaseResource stored : stores.get(type).getStoredResources()) {
            boolean matches = switch (parameter) {
                case "identifier" -> terser.getValues(stored, "identifier", Identifier.class).stream()
                        .anyMatch(i -> system.equals(i.getSystem()) && value.equals(i.getValue()));
                case "_tag" -> ((Resource) stored).getMeta().getTag().stream()
                        .anyMatch(t -> system.equals(t.getSystem()) && value.equals(t.getCode()));
                default -> throw new InvalidRequestException("unsupported ifNoneExist parameter " + parameter);
            };
            if (matches) {
                return Optional.of(type + "/" + stored.getIdElement().getIdPart());
            }
        }
        return Optional.empty();
    }
}

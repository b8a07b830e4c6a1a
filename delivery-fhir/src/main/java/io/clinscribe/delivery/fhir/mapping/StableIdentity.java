package io.clinscribe.delivery.fhir.mapping;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * A resource's identity that does not change between deliveries of the same document: a business identifier
 * (the EHR keys its conditional create on it, so sending twice never files twice) and the bundle-local
 * {@code urn:uuid} that references inside the transaction point at, derived from the identifier.
 *
 * <p>R4's Provenance has no identifier element, so a Provenance carries its identity as a meta.tag and the
 * conditional create searches {@code _tag}, which every server that searches at all supports.
 *
 * @param inTag whether the identity is a meta.tag ({@code _tag}) rather than an identifier
 */
public record StableIdentity(String resourceType, String system, String value, boolean inTag) {

    /** The identifier system of the resource that carries a document entry; value = the entry's id. */
    public static final String ENTRY_SYSTEM = "urn:clinscribe:entry";
    /** The tag system of an entry's Provenance (R4 Provenance has no identifier); code = the entry's id. */
    public static final String PROVENANCE_SYSTEM = "urn:clinscribe:provenance";
    /** The identifier system of the DocumentReference of a delivered document; value = the delivery id. */
    public static final String DELIVERY_SYSTEM = "urn:clinscribe:delivery";

    /** An identity kept in the resource's identifier element. */
    public StableIdentity(String resourceType, String system, String value) {
        this(resourceType, system, value, false);
    }

    /** An identity kept as a meta.tag, for resources without an identifier element (Provenance). */
    public static StableIdentity tagged(String resourceType, String system, String value) {
        return new StableIdentity(resourceType, system, value, true);
    }

    public StableIdentity {
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(value, "value");
    }

    public Coding tag() {
        return new Coding().setSystem(system).setCode(value);
    }

    public Identifier identifier() {
        return new Identifier().setSystem(system).setValue(value);
    }

    /** A name-based (v3) UUID, so the same identity always gets the same bundle-local address. */
    public String fullUrl() {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((resourceType + "|" + system + "|" + value)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The search that makes the create conditional: the resource is created only if none has the identifier. */
    public String ifNoneExist() {
        return (inTag ? "_tag=" : "identifier=") + system + "|" + value;
    }

    /** The transaction entry that conditionally creates {@code resource} under this identity. */
    public Bundle.BundleEntryComponent entry(Resource resource) {
        if (!resource.fhirType().equals(resourceType)) {
            throw new IllegalArgumentException("identity of a " + resourceType + " given to a " + resource.fhirType());
        }
        if (inTag) {
            resource.getMeta().addTag(tag());
        }
        Bundle.BundleEntryComponent entry = new Bundle.BundleEntryComponent();
        entry.setFullUrl(fullUrl());
        entry.setResource(resource);
        entry.getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl(resourceType).setIfNoneExist(ifNoneExist());
        return entry;
    }
}

package io.clinscribe.delivery.fhir.mapping;

import io.clinscribe.record.AudioRange;
import io.clinscribe.record.PageRegion;
import io.clinscribe.record.Provenance;
import io.clinscribe.record.Span;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Reference;

/**
 * One Provenance per entry, so each resource's origin can be found with {@code Provenance?target=...} and
 * each carries its own location: the target is the entry's resource, the entity (role source) the
 * DocumentReference, and the {@link #MENTION_LOCATION} extension on the entity says where in the source the
 * entry was found: character span, and the audio range or page box when there is one.
 *
 * <p>Provenance.recorded is required but a delivery has no time that is the same on every retry; since a
 * retry must send the same bytes, it carries the data-absent-reason extension and the server's
 * meta.lastUpdated tells when it was stored. The agent is clinscribe itself, as assembler.
 */
final class MentionProvenanceMapper {

    /**
     * Where in the source an entry was found. Sub-extensions (integers): spanBegin, spanEnd (UTF-16 offsets
     * into the document text, end exclusive); audioStartMs, audioEndMs; page (1-based), x0, y0, x1, y1 (pixels
     * of the page image).
     */
    static final String MENTION_LOCATION = "https://clinscribe.io/fhir/StructureDefinition/mention-location";
    static final String SOFTWARE_SYSTEM = "urn:clinscribe:software";
    private static final String PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

    org.hl7.fhir.r4.model.Provenance map(Provenance origin, String targetUrl, String sourceUrl) {
        org.hl7.fhir.r4.model.Provenance provenance = new org.hl7.fhir.r4.model.Provenance();
        provenance.addTarget(new Reference(targetUrl));
        provenance.setRecordedElement(CodedConcepts.unknownInstant());
        provenance.addAgent()
                .setType(new CodeableConcept(new Coding(PARTICIPANT_TYPE, "assembler", "Assembler")))
                .setWho(new Reference().setIdentifier(new Identifier().setSystem(SOFTWARE_SYSTEM).setValue("clinscribe"))
                        .setDisplay("clinscribe"));
        org.hl7.fhir.r4.model.Provenance.ProvenanceEntityComponent entity = provenance.addEntity();
        entity.setRole(org.hl7.fhir.r4.model.Provenance.ProvenanceEntityRole.SOURCE);
        entity.setWhat(new Reference(sourceUrl));
        entity.addExtension(location(origin));
        return provenance;
    }

    static Extension location(Provenance origin) {
        Extension location = new Extension(MENTION_LOCATION);
        Span span = origin.span();
        add(location, "spanBegin", span.begin());
        add(location, "spanEnd", span.end());
        origin.audio().ifPresent((AudioRange a) -> {
            add(location, "audioStartMs", Math.toIntExact(a.startMillis()));
            add(location, "audioEndMs", Math.toIntExact(a.endMillis()));
        });
        origin.page().ifPresent((PageRegion p) -> {
            add(location, "page", p.page());
            add(location, "x0", p.x0());
            add(location, "y0", p.y0());
            add(location, "x1", p.x1());
            add(location, "y1", p.y1());
        });
        return location;
    }

    private static void add(Extension location, String name, int value) {
        location.addExtension(new Extension(name, new IntegerType(value)));
    }
}

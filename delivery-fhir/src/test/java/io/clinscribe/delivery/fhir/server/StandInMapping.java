package io.clinscribe.delivery.fhir.server;

import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.fhir.FhirTransaction;
import io.clinscribe.record.Code;
import io.clinscribe.record.Entry;
import io.clinscribe.record.Problem;
import io.clinscribe.record.Subject;
import io.clinscribe.record.VitalSign;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stands in for the mapping package's mapper until it lands: a DocumentReference for the note, a Condition
 * per problem (negated -> refuted), a vital-signs Observation per vital sign, a Provenance per entry, each with
 * a stable identifier and a conditional create on it, as {@link FhirTransaction} promises.
 */
final class StandInMapping implements TransactionMapping {

    static final String ID_SYSTEM = "https://clinscribe.io/fhir/id";
    static final String NEEDS_REVIEW = "needs-review";

    @Override
    public FhirTransaction map(DeliveryRequest request) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        Reference patient = new Reference("Patient/" + request.context().patientId());
        DocumentReference note = new DocumentReference()
                .setStatus(Enumerations.DocumentReferenceStatus.CURRENT)
                .setSubject(patient)
                .setType(new CodeableConcept(new Coding("http://loinc.org", "11506-3", "Progress note")))
                .addContent(new DocumentReference.DocumentReferenceContentComponent(new Attachment()
                        .setContentType("text/plain; charset=utf-8")
                        .setData(request.document().text().getBytes(StandardCharsets.UTF_8))));
        String noteUrl = add(bundle, note, "document", request.deliveryId());
        Map<Integer, Integer> carriedBy = new HashMap<>();
        Map<Integer, String> notCarried = new HashMap<>();
        List<Entry> entries = request.document().entries();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Resource resource;
            if (e.mention().assertion().subject() != Subject.PATIENT) {
                notCarried.put(i, e.kind().code() + " about a " + e.mention().assertion().subject().code()
                        + ": FamilyMemberHistory is not in this stand-in mapping");
                continue;
            } else if (e instanceof Problem p) {
                resource = condition(p, patient);
            } else if (e instanceof VitalSign v) {
                resource = observation(v, patient);
            } else {
                notCarried.put(i, e.kind().code() + " is not in this stand-in mapping");
                continue;
            }
            String entryUrl = add(bundle, resource, "entry", request.entryId(i));
            carriedBy.put(i, bundle.getEntry().size() - 1);
            Provenance provenance = new Provenance()
                    .addTarget(new Reference(entryUrl))
                    .setRecordedElement(new InstantType(new Date(0)));
            provenance.addEntity().setRole(Provenance.ProvenanceEntityRole.SOURCE).setWhat(new Reference(noteUrl))
                    .addExtension("https://clinscribe.io/fhir/StructureDefinition/span",
                            new StringType(e.span().begin() + "-" + e.span().end()));
            provenance.addAgent().setWho(new Reference().setDisplay("clinscribe"));
            add(bundle, provenance, "provenance", request.entryId(i));
        }
        return new FhirTransaction(bundle, carriedBy, notCarried);
    }

    private static Condition condition(Problem p, Reference patient) {
        Condition c = new Condition().setSubject(patient);
        CodeableConcept code = new CodeableConcept().setText(p.mention().text());
        for (Code k : p.mention().codes()) {
            code.addCoding(new Coding(k.system(), k.code(), k.display()));
        }
        c.setCode(code);
        c.setVerificationStatus(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                p.mention().assertion().negated() ? "refuted" : "confirmed", null)));
        c.addCategory(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item", null)));
        return c;
    }

    private static Observation observation(VitalSign v, Reference patient) {
        Observation o = new Observation().setStatus(Observation.ObservationStatus.FINAL).setSubject(patient);
        o.getMeta().addProfile("http://hl7.org/fhir/StructureDefinition/vitalsigns");
        o.addCategory(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs", "Vital Signs")));
        o.setCode(new CodeableConcept(new Coding(Code.LOINC, v.type().loinc(), v.type().loincDisplay())));
        o.setEffective(new org.hl7.fhir.r4.model.DateTimeType("2026-11-20T09:30:00Z"));
        o.setValue(new Quantity().setValue(v.value().orElseThrow()).setUnit(v.unit())
                .setSystem(Code.UCUM).setCode(v.unit()));
        return o;
    }

    /** Adds a conditional create on the resource's stable identifier; returns its fullUrl. */
    private static String add(Bundle bundle, Resource resource, String kind, String value) {
        String system = ID_SYSTEM + "/" + kind;
        Identifier identifier = new Identifier().setSystem(system).setValue(value);
        if (resource instanceof DocumentReference d) {
            d.addIdentifier(identifier);
        } else if (resource instanceof Condition c) {
            c.addIdentifier(identifier);
        } else if (resource instanceof Observation o) {
            o.addIdentifier(identifier);
        } else {
            resource.getMeta().addTag(system, value, null); // R4's Provenance has no identifier element
        }
        String fullUrl = "urn:uuid:" + UUID.nameUUIDFromBytes((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
        String ifNoneExist = resource instanceof Provenance
                ? "_tag=" + system + "|" + value
                : "identifier=" + system + "|" + value;
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl(resource.fhirType()).setIfNoneExist(ifNoneExist);
        return fullUrl;
    }
}

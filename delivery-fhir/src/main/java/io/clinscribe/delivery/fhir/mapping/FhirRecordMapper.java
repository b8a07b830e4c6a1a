package io.clinscribe.delivery.fhir.mapping;

import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.fhir.FhirTransaction;
import io.clinscribe.record.Allergy;
import io.clinscribe.record.Entry;
import io.clinscribe.record.LabResult;
import io.clinscribe.record.Medication;
import io.clinscribe.record.Problem;
import io.clinscribe.record.Procedure;
import io.clinscribe.record.VitalSign;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Identifier;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a document's delivery request to one FHIR R4 transaction Bundle: first the DocumentReference of the
 * source, then for each entry its resource followed by that resource's Provenance. Every resource is a
 * conditional create on its stable identifier ({@link StableIdentity}), so the same document sent twice
 * files nothing twice, and references inside the bundle use name-based {@code urn:uuid}s, so the same
 * request always gives the same bundle. Entries FHIR has no faithful resource for are reported in
 * {@link FhirTransaction#notCarried()} rather than forced into one (see each kind's mapper for why).
 *
 * <p>Immutable and thread-safe once built; build one (loading UCUM takes a moment) and share it.
 */
public final class FhirRecordMapper implements TransactionMapper {

    private final SourceDocumentMapper sources = new SourceDocumentMapper();
    private final ProblemMapper problems = new ProblemMapper(new FamilyHistoryMapper(new FamilyRelation()));
    private final AllergyMapper allergies = new AllergyMapper();
    private final ProcedureMapper procedures = new ProcedureMapper();
    private final MentionProvenanceMapper provenance = new MentionProvenanceMapper();
    private final MedicationMapper medications;
    private final VitalSignMapper vitals;
    private final LabResultMapper labs;

    public FhirRecordMapper(UcumUnits units) {
        this.medications = new MedicationMapper(units);
        this.vitals = new VitalSignMapper(units);
        this.labs = new LabResultMapper(units);
    }

    /** A mapper with the UCUM definitions of the org.fhir:ucum jar. */
    public FhirRecordMapper() {
        this(UcumUnits.load());
    }

    @Override
    public FhirTransaction map(DeliveryRequest request) {
        return map(request, request.context().serviceDate());
    }

    /**
     * The transaction, with the day of service when the caller knows it: current vital signs are then dated
     * that day and claim their vital-signs profile (which requires a day), see {@link VitalSignMapper}.
     */
    public FhirTransaction map(DeliveryRequest request, Optional<LocalDate> serviceDate) {
        RecordSubject subject = new RecordSubject(request.context());
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        bundle.setIdentifier(new Identifier().setSystem(StableIdentity.DELIVERY_SYSTEM).setValue(request.deliveryId()));

        StableIdentity documentIdentity = new StableIdentity("DocumentReference", StableIdentity.DELIVERY_SYSTEM,
                request.deliveryId());
        DocumentReference document = sources.map(request, subject, documentIdentity);
        bundle.addEntry(documentIdentity.entry(document));

        Map<Integer, Integer> carriedBy = new LinkedHashMap<>();
        Map<Integer, String> notCarried = new LinkedHashMap<>();
        List<Entry> entries = request.document().entries();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String entryId = request.entryId(i);
            EntryContext context = new EntryContext(subject,
                    new Identifier().setSystem(StableIdentity.ENTRY_SYSTEM).setValue(entryId), request.document().text(),
                    serviceDate);
            EntryMapping mapping = map(entry, context);
            if (mapping instanceof EntryMapping.NotCarried not) {
                notCarried.put(i, entry.kind().code() + " " + entryId + ": " + not.reason());
                continue;
            }
            org.hl7.fhir.r4.model.Resource resource = ((EntryMapping.Carried) mapping).resource();
            StableIdentity identity = new StableIdentity(resource.fhirType(), StableIdentity.ENTRY_SYSTEM, entryId);
            carriedBy.put(i, bundle.getEntry().size());
            bundle.addEntry(identity.entry(resource));

            StableIdentity provenanceIdentity = StableIdentity.tagged("Provenance", StableIdentity.PROVENANCE_SYSTEM, entryId);
            bundle.addEntry(provenanceIdentity.entry(provenance.map(entry.provenance(),
                    identity.fullUrl(), documentIdentity.fullUrl())));
        }
        return new FhirTransaction(bundle, carriedBy, notCarried);
    }

    private EntryMapping map(Entry entry, EntryContext context) {
        // Entry is sealed; a new kind fails here loudly rather than being skipped.
        if (entry instanceof Problem p) {
            return problems.map(p, context);
        } else if (entry instanceof Medication m) {
            return medications.map(m, context);
        } else if (entry instanceof Allergy a) {
            return allergies.map(a, context);
        } else if (entry instanceof VitalSign v) {
            return vitals.map(v, context);
        } else if (entry instanceof LabResult l) {
            return labs.map(l, context);
        } else if (entry instanceof Procedure p) {
            return procedures.map(p, context);
        }
        throw new IllegalArgumentException("no FHIR mapping for entry kind " + entry.kind().code());
    }
}

package io.clinscribe.delivery.fhir.mapping;

import io.clinscribe.record.Assertion;
import io.clinscribe.record.Subject;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * A procedure done becomes a Procedure: completed (this encounter's or an earlier one's: historical does not
 * change the status), not-done when the note decided against it or says it was not done, unknown when the
 * note is unsure. A planned, ordered or recommended procedure (hypothetical) did not happen, so it is not a
 * Procedure: it becomes a ServiceRequest with intent plan, which EHRs show as planned care and never as an
 * order to act on. When it was done is not in a note: performed[x] carries the data-absent-reason extension
 * (IPS requires it).
 */
final class ProcedureMapper {

    EntryMapping map(io.clinscribe.record.Procedure procedure, EntryContext context) {
        Assertion assertion = procedure.assertion();
        if (assertion.subject() != Subject.PATIENT) {
            return EntryMapping.notCarried("procedure of a person other than the patient");
        }
        CodeableConcept code = CodedConcepts.coded(procedure.codes(), CodedConcepts.ANY_SYSTEM, procedure.mention().text());
        if (assertion.hypothetical() && !assertion.negated()) {
            ServiceRequest plan = new ServiceRequest();
            plan.addIdentifier(context.identifier());
            plan.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
            plan.setIntent(ServiceRequest.ServiceRequestIntent.PLAN);
            plan.setCode(code);
            plan.setSubject(context.subject().patient());
            context.subject().encounter().ifPresent(plan::setEncounter);
            procedure.bodySite().ifPresent(site -> plan.addBodySite(new CodeableConcept().setText(site)));
            if (procedure.needsReview()) {
                ReviewMarking.mark(plan);
            }
            return EntryMapping.carried(plan);
        }
        Procedure done = new Procedure();
        done.addIdentifier(context.identifier());
        done.setStatus(assertion.negated() ? Procedure.ProcedureStatus.NOTDONE
                : assertion.uncertain() ? Procedure.ProcedureStatus.UNKNOWN : Procedure.ProcedureStatus.COMPLETED);
        done.setCode(code);
        done.setSubject(context.subject().patient());
        context.subject().encounter().ifPresent(done::setEncounter);
        done.setPerformed(assertion.negated()
                ? CodedConcepts.absent(new org.hl7.fhir.r4.model.DateTimeType(), "not-applicable")
                : CodedConcepts.unknownDateTime());
        procedure.bodySite().ifPresent(site -> done.addBodySite(new CodeableConcept().setText(site)));
        if (procedure.needsReview()) {
            ReviewMarking.mark(done);
        }
        return EntryMapping.carried(done);
    }
}

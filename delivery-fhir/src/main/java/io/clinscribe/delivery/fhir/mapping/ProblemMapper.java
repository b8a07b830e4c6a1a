package io.clinscribe.delivery.fhir.mapping;

import io.clinscribe.record.Assertion;
import io.clinscribe.record.Problem;
import io.clinscribe.record.Section;
import io.clinscribe.record.Subject;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;

import java.util.Set;

/**
 * A problem becomes a Condition; the note's assertion becomes its clinical and verification status:
 * <ul>
 *   <li>negated ("denies chest pain") -> verificationStatus refuted, no clinicalStatus (it was never there);</li>
 *   <li>uncertain ("possible pneumonia", "r/o PE") -> provisional, the child of unconfirmed that R4 defines as
 *       "a tentative diagnosis, still a candidate under consideration", which is what such wording says;</li>
 *   <li>needing review -> unconfirmed (nothing more is known than that no clinician confirmed it) and tagged;
 *       the assertion wins where it says more (refuted, provisional), since an unconfirmed "no fever" would
 *       read as a possible fever;</li>
 *   <li>historical (a past, resolved episode; chronic conditions are never flagged so) -> clinicalStatus
 *       inactive: the note says it is over, not whether it resolved or is in remission;</li>
 *   <li>hypothetical ("return if fever develops") -> not sent: no Condition status says "might happen", and a
 *       Condition on the record would read as a problem the patient has. The text stays in the
 *       DocumentReference.</li>
 * </ul>
 * Problems about a family member go to {@link FamilyHistoryMapper}; about someone else (a partner, a
 * roommate) they are not sent: they belong in no one's record that this delivery can reach.
 */
final class ProblemMapper {

    /** Sections whose problems are the patient's standing problems rather than this encounter's findings. */
    private static final Set<String> PROBLEM_LIST_SECTIONS = Set.of(Section.PAST_MEDICAL_HISTORY,
            Section.ASSESSMENT_AND_PLAN, Section.PLAN);

    private final FamilyHistoryMapper familyHistory;

    ProblemMapper(FamilyHistoryMapper familyHistory) {
        this.familyHistory = familyHistory;
    }

    EntryMapping map(Problem problem, EntryContext context) {
        Assertion assertion = problem.assertion();
        if (assertion.subject() == Subject.FAMILY_MEMBER) {
            return familyHistory.map(problem, context);
        }
        if (assertion.subject() == Subject.OTHER) {
            return EntryMapping.notCarried("problem of a person other than the patient");
        }
        if (assertion.hypothetical()) {
            return EntryMapping.notCarried("hypothetical problem: FHIR Condition has no status for it");
        }
        Condition condition = new Condition();
        condition.addIdentifier(context.identifier());
        if (!assertion.negated()) {
            condition.setClinicalStatus(CodedConcepts.of(CodedConcepts.CONDITION_CLINICAL,
                    assertion.historical() ? "inactive" : "active", assertion.historical() ? "Inactive" : "Active"));
        }
        condition.setVerificationStatus(verification(assertion, problem.needsReview()));
        boolean problemList = problem.mention().section().filter(PROBLEM_LIST_SECTIONS::contains).isPresent();
        condition.addCategory(CodedConcepts.of(CodedConcepts.CONDITION_CATEGORY,
                problemList ? "problem-list-item" : "encounter-diagnosis",
                problemList ? "Problem List Item" : "Encounter Diagnosis"));
        condition.setCode(CodedConcepts.coded(problem.codes(), CodedConcepts.ANY_SYSTEM,
                problem.mention().text()));
        problem.bodySite().ifPresent(site -> condition.addBodySite(new CodeableConcept().setText(site)));
        condition.setSubject(context.subject().patient());
        context.subject().encounter().ifPresent(condition::setEncounter);
        if (problem.needsReview()) {
            ReviewMarking.mark(condition);
        }
        return EntryMapping.carried(condition);
    }

    private static CodeableConcept verification(Assertion assertion, boolean needsReview) {
        if (assertion.negated()) {
            return CodedConcepts.of(CodedConcepts.CONDITION_VERIFICATION, "refuted", "Refuted");
        }
        if (assertion.uncertain()) {
            return CodedConcepts.of(CodedConcepts.CONDITION_VERIFICATION, "provisional", "Provisional");
        }
        if (needsReview) {
            return CodedConcepts.of(CodedConcepts.CONDITION_VERIFICATION, "unconfirmed", "Unconfirmed");
        }
        return CodedConcepts.of(CodedConcepts.CONDITION_VERIFICATION, "confirmed", "Confirmed");
    }
}

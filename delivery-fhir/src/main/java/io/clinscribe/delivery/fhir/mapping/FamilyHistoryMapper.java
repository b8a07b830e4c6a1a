package io.clinscribe.delivery.fhir.mapping;

import io.clinscribe.record.Assertion;
import io.clinscribe.record.Problem;
import org.hl7.fhir.r4.model.FamilyMemberHistory;

/**
 * A problem of a family member becomes a FamilyMemberHistory of that relative (read from the note's words,
 * see {@link FamilyRelation}) with the condition. FamilyMemberHistory has no verification status, so a
 * negated ("no family history of colon cancer"), uncertain or hypothetical one cannot be said faithfully and
 * is not sent; a positive one with nothing to qualify it is.
 */
final class FamilyHistoryMapper {

    private final FamilyRelation relation;

    FamilyHistoryMapper(FamilyRelation relation) {
        this.relation = relation;
    }

    EntryMapping map(Problem problem, EntryContext context) {
        Assertion assertion = problem.assertion();
        if (assertion.negated()) {
            return EntryMapping.notCarried("negated family history: FamilyMemberHistory cannot state an absence");
        }
        if (assertion.uncertain() || assertion.hypothetical()) {
            return EntryMapping.notCarried("uncertain or hypothetical family history: FamilyMemberHistory has no status for it");
        }
        FamilyMemberHistory history = new FamilyMemberHistory();
        history.addIdentifier(context.identifier());
        history.setStatus(FamilyMemberHistory.FamilyHistoryStatus.COMPLETED);
        history.setPatient(context.subject().patient());
        history.setRelationship(relation.of(context.documentText(), problem.span()));
        history.addCondition().setCode(CodedConcepts.coded(problem.codes(), CodedConcepts.ANY_SYSTEM,
                problem.mention().text()));
        if (problem.needsReview()) {
            ReviewMarking.mark(history);
        }
        return EntryMapping.carried(history);
    }
}

package io.clinscribe.delivery.fhir.mapping;

import io.clinscribe.record.Allergy;
import io.clinscribe.record.Assertion;
import io.clinscribe.record.Code;
import io.clinscribe.record.Subject;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An allergy becomes an AllergyIntolerance with the reaction as manifestation.
 *
 * <p>"No known (drug) allergies" is not a refuted allergy to something: following FHIR and IPS it is an
 * active, confirmed AllergyIntolerance whose code is the SNOMED CT "no known ... allergy" concept, which is
 * what EHRs show in the allergy banner. A negated allergy to a named substance ("not allergic to
 * penicillin") is that substance with verificationStatus refuted. Uncertain -> unconfirmed; needing review
 * -> unconfirmed and tagged (refuted wins: an unconfirmed "no allergy" would read as a possible allergy);
 * historical (outgrown) -> clinicalStatus inactive. R4 requires a clinicalStatus unless the entry is in error,
 * so a refuted one is inactive.
 */
final class AllergyMapper {

    /** The substances the pipeline writes for "no known allergies" statements, and their SNOMED CT concept. */
    private static final Map<String, String[]> NO_KNOWN = Map.of(
            "drug", new String[] {"409137002", "No known drug allergy"},
            "drugs", new String[] {"409137002", "No known drug allergy"},
            "medication", new String[] {"409137002", "No known drug allergy"},
            "medications", new String[] {"409137002", "No known drug allergy"},
            "allergies", new String[] {"716186003", "No known allergy"},
            "allergy", new String[] {"716186003", "No known allergy"},
            "known allergies", new String[] {"716186003", "No known allergy"},
            "food", new String[] {"429625007", "No known food allergy"},
            "latex", new String[] {"1003774007", "No known Hevea brasiliensis latex allergy"});

    EntryMapping map(Allergy allergy, EntryContext context) {
        Assertion assertion = allergy.assertion();
        if (assertion.subject() != Subject.PATIENT) {
            return EntryMapping.notCarried("allergy of a person other than the patient");
        }
        if (assertion.hypothetical()) {
            return EntryMapping.notCarried("hypothetical allergy: AllergyIntolerance has no status for it");
        }
        AllergyIntolerance intolerance = new AllergyIntolerance();
        intolerance.addIdentifier(context.identifier());
        Optional<String[]> noKnown = assertion.negated()
                ? Optional.ofNullable(NO_KNOWN.get(allergy.substance().strip().toLowerCase(Locale.ROOT)))
                : Optional.empty();
        if (noKnown.isPresent()) {
            intolerance.setCode(CodedConcepts.of(Code.SNOMED_CT, noKnown.get()[0], noKnown.get()[1])
                    .setText(allergy.mention().text()));
            intolerance.setClinicalStatus(clinical("active", "Active"));
            intolerance.setVerificationStatus(allergy.needsReview() ? unconfirmed() : confirmed());
        } else {
            intolerance.setCode(CodedConcepts.coded(allergy.codes(), CodedConcepts.ANY_SYSTEM, allergy.substance()));
            boolean inactive = assertion.negated() || assertion.historical();
            intolerance.setClinicalStatus(inactive ? clinical("inactive", "Inactive") : clinical("active", "Active"));
            intolerance.setVerificationStatus(assertion.negated()
                    ? CodedConcepts.of(CodedConcepts.ALLERGY_VERIFICATION, "refuted", "Refuted")
                    : assertion.uncertain() || allergy.needsReview() ? unconfirmed() : confirmed());
            allergy.reaction().ifPresent(r -> intolerance.addReaction().addManifestation(new CodeableConcept().setText(r)));
        }
        intolerance.setPatient(context.subject().patient());
        context.subject().encounter().ifPresent(intolerance::setEncounter);
        if (allergy.needsReview()) {
            ReviewMarking.mark(intolerance);
        }
        return EntryMapping.carried(intolerance);
    }

    private static CodeableConcept clinical(String code, String display) {
        return CodedConcepts.of(CodedConcepts.ALLERGY_CLINICAL, code, display);
    }

    private static CodeableConcept confirmed() {
        return CodedConcepts.of(CodedConcepts.ALLERGY_VERIFICATION, "confirmed", "Confirmed");
    }

    private static CodeableConcept unconfirmed() {
        return CodedConcepts.of(CodedConcepts.ALLERGY_VERIFICATION, "unconfirmed", "Unconfirmed");
    }
}

package io.clinscribe.nlp.allergy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clinscribe.nlp.section.SectionFinder;
import io.clinscribe.nlp.section.SectionLexicon;
import io.clinscribe.record.Allergy;
import io.clinscribe.record.Section;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AllergyFinderTest {

    private static final SectionFinder SECTIONS = new SectionFinder(SectionLexicon.load());
    private static final AllergyFinder FINDER = new AllergyFinder(AllergyLexicon.load());

    private static List<Allergy> find(String text) {
        return FINDER.find(text, SECTIONS.find(text));
    }

    private static void assertAllergy(Allergy a, String spanText, String substance, String reaction, boolean negated) {
        assertEquals(spanText, a.mention().text(), "span text");
        assertEquals(substance, a.substance(), "substance");
        assertEquals(Optional.ofNullable(reaction), a.reaction(), "reaction");
        assertEquals(negated, a.assertion().negated(), "negated");
    }

    @Test
    void parenthesisedReactionsInAnAllergiesSection() {
        String note = "Meds: none\nAllergies: PCN (anaphylaxis), shellfish\nFHx: noncontributory";
        List<Allergy> found = find(note);
        assertEquals(2, found.size());
        assertAllergy(found.get(0), "PCN (anaphylaxis)", "PCN", "anaphylaxis", false);
        assertAllergy(found.get(1), "shellfish", "shellfish", null, false);
        assertEquals(note.indexOf("PCN"), found.get(0).span().begin());
        assertEquals(Optional.of(Section.ALLERGIES), found.get(0).mention().section());
        assertFalse(found.get(1).needsReview());
    }

    @Test
    void dashAndCauseVerbReactions() {
        List<Allergy> found = find("Allergies: sulfa - rash; codeine causes nausea and vomiting\n");
        assertEquals(2, found.size());
        assertAllergy(found.get(0), "sulfa - rash", "sulfa", "rash", false);
        assertAllergy(found.get(1), "codeine causes nausea and vomiting", "codeine", "nausea and vomiting", false);
    }

    @Test
    void nkdaIsANegatedDrugAllergyCoveringThePhrase() {
        String note = "Allergies: NKDA\nVitals: BP 120/80";
        List<Allergy> found = find(note);
        assertEquals(1, found.size());
        assertAllergy(found.get(0), "NKDA", "drug", null, true);
    }

    @Test
    void spelledOutNoKnownDrugAllergiesNextToARealAllergy() {
        List<Allergy> found = find("Allergies: latex (contact dermatitis); no known drug allergies.\n");
        assertEquals(2, found.size());
        assertAllergy(found.get(0), "latex (contact dermatitis)", "latex", "contact dermatitis", false);
        assertAllergy(found.get(1), "no known drug allergies", "drug", null, true);
    }

    @Test
    void noKnownAllergiesAndNkaAnywhere() {
        List<Allergy> found = find("The patient has no known allergies. Sister: NKA.");
        assertEquals(2, found.size());
        assertAllergy(found.get(0), "no known allergies", "drug", null, true);
        assertAllergy(found.get(1), "NKA", "drug", null, true);
    }

    @Test
    void noneUnderAnAllergiesHeadingIsNegated() {
        List<Allergy> found = find("ALLERGIES:\nNone.\n\nSOCIAL HISTORY: nonsmoker");
        assertEquals(1, found.size());
        assertAllergy(found.get(0), "None", "drug", null, true);
    }

    @Test
    void allergicToInProseWithWhichCausesReaction() {
        List<Allergy> found = find("She is allergic to erythromycin, which causes severe stomach upset. She does not smoke.");
        assertEquals(1, found.size());
        assertAllergy(found.get(0), "erythromycin, which causes severe stomach upset", "erythromycin",
                "severe stomach upset", false);
        assertTrue(found.get(0).mention().section().isEmpty());
    }

    @Test
    void reactionLeavesOutWhenItHappened() {
        List<Allergy> found = find("He is allergic to sulfa, which caused Stevens-Johnson syndrome in 2005.");
        assertAllergy(found.get(0), "sulfa, which caused Stevens-Johnson syndrome", "sulfa",
                "Stevens-Johnson syndrome", false);
    }

    @Test
    void notAllergicToASubstanceIsNegated() {
        List<Allergy> found = find("Patient is not allergic to penicillin per pharmacy review.");
        assertEquals(1, found.size());
        assertTrue(found.get(0).assertion().negated());
        assertEquals("penicillin", found.get(0).substance());
    }

    @Test
    void namedAllergyInThePlanSpansTheSubstanceOnly() {
        String note = "A/P: Strep pharyngitis.\n- PCN allergy: azithromycin 500 mg PO daily x 5 days";
        List<Allergy> found = find(note);
        assertEquals(1, found.size());
        assertAllergy(found.get(0), "PCN", "PCN", null, false);
    }

    @Test
    void repeatMentionAsAReactionOfAnAllergenAlreadyListed() {
        String note = "Allergies: vancomycin (red man syndrome)\n\nPlan: add daptomycin given her vancomycin reaction.";
        List<Allergy> found = find(note);
        assertEquals(2, found.size());
        assertAllergy(found.get(1), "vancomycin", "vancomycin", null, false);
    }

    @Test
    void drugReactionAndAllergyMedicineAreNotAllergies() {
        assertTrue(find("Rule out drug reaction. Continue his allergy medicine. Seasonal allergies are flaring.").isEmpty());
    }

    @Test
    void precautionAgainstAReactionIsNotAnAllergy() {
        assertTrue(find("Plan: CT with contrast; monitor for contrast reaction.").isEmpty());
    }

    @Test
    void remarksInAnAllergyListAreNotSubstances() {
        List<Allergy> found = find("Allergies: iodinated contrast (hives); premedicated for CTA.\n"
                + "Allergies: Penicillins - anaphylaxis; tolerated ceftriaxone without reaction.\n");
        assertEquals(2, found.size());
        assertAllergy(found.get(0), "iodinated contrast (hives)", "iodinated contrast", "hives", false);
        assertAllergy(found.get(1), "Penicillins - anaphylaxis", "Penicillins", "anaphylaxis", false);
    }

    @Test
    void unusualSubstanceIsReturnedForReviewNotDropped() {
        List<Allergy> found = find("Allergies: Zorbexamine (rash), sulfa\n");
        assertEquals(2, found.size());
        assertEquals("Zorbexamine", found.get(0).substance());
        assertTrue(found.get(0).needsReview());
        assertTrue(found.get(0).mention().reviewReasons().contains(AllergyFinder.REVIEW_UNKNOWN_SUBSTANCE));
        assertTrue(found.get(0).mention().confidence() < 1.0);
        assertFalse(found.get(1).needsReview());
    }

    @Test
    void unknownReactionIsFlaggedNotReported() {
        List<Allergy> found = find("Allergies: morphine (unknown reaction)\n");
        assertAllergy(found.get(0), "morphine (unknown reaction)", "morphine", null, false);
        assertTrue(found.get(0).mention().reviewReasons().contains(AllergyFinder.REVIEW_UNKNOWN_REACTION));
    }

    @Test
    void mtSamplesRunInAllergyListStopsAtTheNextHeading() {
        String note = "MEDICATIONS: , Aspirin.,ALLERGIES: , Penicillin, sulfa, and codeine.,SOCIAL HISTORY: , "
                + "He is a nonsmoker, and takes no medications.";
        List<Allergy> found = find(note);
        assertEquals(List.of("Penicillin", "sulfa", "codeine"), found.stream().map(Allergy::substance).toList());
    }

    @Test
    void multiLineAllergyListWithBullets() {
        String note = "Allergies:\n- Amoxicillin: hives\n- Peanuts (anaphylaxis)\n\nFamily History: none";
        List<Allergy> found = find(note);
        assertEquals(2, found.size());
        assertAllergy(found.get(0), "Amoxicillin: hives", "Amoxicillin", "hives", false);
        assertAllergy(found.get(1), "Peanuts (anaphylaxis)", "Peanuts", "anaphylaxis", false);
    }

    @Test
    void intoleranceWithItsReaction() {
        List<Allergy> found = find("He is intolerant of statins (myalgias) and takes ezetimibe.");
        assertEquals(1, found.size());
        assertAllergy(found.get(0), "statins (myalgias)", "statins", "myalgias", false);
    }

    @Test
    void intoleranceOfSomethingThatIsNoSubstanceIsNotAnAllergy() {
        assertTrue(find("Denies heat or cold intolerance. Fetal intolerance to labor.").isEmpty());
    }

    @Test
    void deniedSubstancesInAListSentenceAreNegated() {
        List<Allergy> found = find("ALLERGIES: Codeine. No shellfish or dye allergy.\n");
        assertEquals(3, found.size());
        assertAllergy(found.get(0), "Codeine", "Codeine", null, false);
        assertAllergy(found.get(1), "shellfish", "shellfish", null, true);
        assertAllergy(found.get(2), "dye", "dye", null, true);
    }

    @Test
    void lowerCaseAllIsNotAnAllergyHeadingButAllIs() {
        assertTrue(find("Reviewed them all: stable.").isEmpty());
        assertEquals("morphine", find("All: morphine (itching)\n").get(0).substance());
    }

    @Test
    void worksWithoutSections() {
        List<Allergy> found = FINDER.find("Meds: none. Allergies: NKDA. Immunizations: up to date.", List.of());
        assertEquals(1, found.size());
        assertAllergy(found.get(0), "NKDA", "drug", null, true);
    }

    @Test
    void spansAreVerbatim() {
        String note = "Allergies: Sulfa drugs (rash), lisinopril (angioedema)\n";
        for (Allergy a : find(note)) {
            assertEquals(a.mention().text(), note.substring(a.span().begin(), a.span().end()));
            assertTrue(a.mention().text().contains(a.substance()));
            a.reaction().ifPresent(r -> assertTrue(a.mention().text().contains(r)));
        }
    }

    @Test
    void substanceAfterAParenthesisedReactionIsAnotherAllergy() {
        List<Allergy> found = find("Allergies: shellfish (throat swelling) and iodine\n");
        assertEquals(2, found.size());
        assertAllergy(found.get(0), "shellfish (throat swelling)", "shellfish", "throat swelling", false);
        assertAllergy(found.get(1), "iodine", "iodine", null, false);
    }

    @Test
    void reactionNamedBeforeTheSubstance() {
        List<Allergy> found = find("He has a history of anaphylaxis to peanuts. Rash to the left forearm.");
        assertEquals(1, found.size());
        assertAllergy(found.get(0), "anaphylaxis to peanuts", "peanuts", "anaphylaxis", false);
    }

    @Test
    void seasonalAllergiesInAnAllergyListAreNoSubstance() {
        List<Allergy> found = find("Allergies: NKDA; seasonal allergies\n");
        assertEquals(1, found.size());
        assertAllergy(found.get(0), "NKDA", "drug", null, true);
    }

    @Test
    void hedgedAllergiesAreUncertain() {
        List<Allergy> found = find("She might be allergic to sulfa. Allergies: ?PCN, latex (hives)\n");
        assertEquals(3, found.size());
        assertTrue(found.get(0).assertion().uncertain());
        assertTrue(found.get(1).assertion().uncertain());
        assertFalse(found.get(2).assertion().uncertain());
    }

    @Test
    void noneWithARemarkIsStillNoKnownAllergy() {
        List<Allergy> found = find("ALLERGIES: None by history.\n");
        assertEquals(1, found.size());
        assertAllergy(found.get(0), "None", "drug", null, true);
    }

    @Test
    void spelledOutPhraseWithItsAbbreviationIsOneEntry() {
        List<Allergy> found = find("Allergies: No Known Drug Allergies (NKDA)\n");
        assertEquals(1, found.size());
        assertAllergy(found.get(0), "No Known Drug Allergies (NKDA)", "drug", null, true);
    }

    @Test
    void namedAllergyWithAParenthesisedReaction() {
        List<Allergy> found = find("PMH: asthma, eczema, peanut allergy (anaphylaxis)\n");
        assertEquals(1, found.size());
        assertAllergy(found.get(0), "peanut allergy (anaphylaxis)", "peanut", "anaphylaxis", false);
    }

    @Test
    void reactionLeavesOutWhenInsideParentheses() {
        List<Allergy> found = find("Allergies: Amoxicillin (rash in childhood); codeine makes her vomit\n");
        assertEquals(2, found.size());
        assertAllergy(found.get(0), "Amoxicillin (rash in childhood)", "Amoxicillin", "rash", false);
        assertAllergy(found.get(1), "codeine makes her vomit", "codeine", "vomit", false);
    }

    @Test
    void notATrueAllergyRemarkIsNoSubstance() {
        List<Allergy> found = find("Allergies: lisinopril (cough), not a true allergy; bee stings - anaphylaxis, carries EpiPen\n");
        assertEquals(List.of("lisinopril", "bee stings"), found.stream().map(Allergy::substance).toList());
    }
}

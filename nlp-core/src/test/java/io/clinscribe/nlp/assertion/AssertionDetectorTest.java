package io.clinscribe.nlp.assertion;

import io.clinscribe.record.Assertion;
import io.clinscribe.record.EntryKind;
import io.clinscribe.record.Section;
import io.clinscribe.record.Span;
import io.clinscribe.record.Subject;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssertionDetectorTest {
    private static final AssertionDetector DETECTOR = new AssertionDetector(ContextRules.load());

    /** Assesses the mention marked [[like this]] in a one-sentence text. */
    private static Assertion assess(String marked, String section, EntryKind kind) {
        int open = marked.indexOf("[[");
        int close = marked.indexOf("]]");
        String text = marked.substring(0, open) + marked.substring(open + 2, close) + marked.substring(close + 2);
        Span target = new Span(open, close - 2);
        return DETECTOR.assess(text, new Span(0, text.length()), target, Optional.ofNullable(section), kind);
    }

    private static Assertion problem(String marked) {
        return assess(marked, null, EntryKind.PROBLEM);
    }

    // ---- negation and its scope ----

    @Test
    void negationDoesNotCrossBut() {
        assertTrue(problem("No [[fever]] but has cough.").negated());
        assertFalse(problem("No fever but has [[cough]].").negated());
    }

    @Test
    void deniesThenReportsIsAffirmedAfterTheVerb() {
        assertTrue(problem("Denies [[chest pain]], reports dyspnea on exertion.").negated());
        assertFalse(problem("Denies chest pain, reports [[dyspnea]] on exertion.").negated());
    }

    @Test
    void denialListRunsAcrossCommasAndOr() {
        String s = "She denies chest pain, shortness of breath, abdominal pain, change in bowel habits or [[blood in the stool]].";
        assertTrue(problem(s).negated());
        assertTrue(problem("Denies fever, hemoptysis, leg pain or [[leg swelling]].").negated());
    }

    @Test
    void negativeForList() {
        assertTrue(problem("Urinalysis negative for [[nitrites]], leukocyte esterase or blood.").negated());
        assertTrue(problem("ROS negative for fever, chills, or [[night sweats]].").negated());
    }

    @Test
    void noAOrB() {
        assertTrue(problem("No [[nausea]] or vomiting.").negated());
        assertTrue(problem("No nausea or [[vomiting]].").negated());
    }

    @Test
    void withoutAndFreeOf() {
        assertTrue(problem("Heart regular without [[murmur]].").negated());
        assertTrue(problem("Skin free of [[lesions]].").negated());
        assertFalse(problem("CT head without contrast showed [[subdural hematoma]].").negated());
    }

    @Test
    void postPositionNegations() {
        assertTrue(problem("[[Pulmonary embolism]] was ruled out by CTA.").negated());
        assertTrue(problem("[[Stroke]] excluded by MRI.").negated());
        assertTrue(problem("[[Appendicitis]] is not suspected.").negated());
        assertTrue(problem("She was not [[hypotensive]].").negated());
    }

    @Test
    void colonLayouts() {
        assertTrue(problem("[[Chest pain]]: none.").negated());
        assertTrue(problem("[[Fever]]: denies").negated());
        assertTrue(problem("Ext: no [[edema]] or clubbing.").negated());
        Assertion procedure = assess("[[CXR]]: no infiltrate.", null, EntryKind.PROCEDURE);
        assertFalse(procedure.negated(), "the study itself was done");
    }

    @Test
    void pseudoNegations() {
        assertFalse(problem("No increase in [[pleural effusion]] size.").negated());
        assertFalse(problem("Not only [[chest pressure]] but also arm tingling.").negated());
        assertFalse(problem("Cultures grew gram negative [[rods]].").negated());
        assertFalse(problem("She is HER2-negative with [[invasive ductal carcinoma]].").negated());
    }

    @Test
    void noKnownDrugAllergiesIsNegatedAllergy() {
        assertTrue(assess("Allergies: [[NKDA]]", Section.ALLERGIES, EntryKind.ALLERGY).negated());
        assertTrue(assess("Allergies: [[no known drug allergies]].", Section.ALLERGIES, EntryKind.ALLERGY).negated());
    }

    @Test
    void negativeLabIsAValueNotANegation() {
        assertFalse(assess("[[Urine Legionella antigen]] negative.", null, EntryKind.LAB_RESULT).negated());
    }

    @Test
    void noHistoryOfIsNegatedOnly() {
        Assertion a = problem("No h/o [[clots]].");
        assertTrue(a.negated());
        assertFalse(a.historical());
    }

    @Test
    void procedureDecidedAgainst() {
        assertTrue(assess("Pneumonia less likely; [[CXR]] not indicated.", null, EntryKind.PROCEDURE).negated());
    }

    // ---- uncertainty ----

    @Test
    void ruleOut() {
        Assertion a = problem("Chest pain, r/o [[PE]].");
        assertTrue(a.uncertain());
        assertFalse(a.negated());
    }

    @Test
    void versusMarksBothAlternativesButNotEarlierFindings() {
        assertTrue(problem("Ddx [[viral pleurisy]] vs early pneumonia.").uncertain());
        assertTrue(problem("Ddx viral pleurisy vs early [[pneumonia]].").uncertain());
        assertFalse(problem("Bilateral [[opacities]], concern for ARDS vs volume overload.").uncertain());
    }

    @Test
    void vitalSignHeaderIsNotVersus() {
        assertFalse(assess("VS: [[BP 128/76]] HR 72", Section.VITAL_SIGNS, EntryKind.VITAL_SIGN).uncertain());
    }

    @Test
    void lessLikelyAndCannotBeExcluded() {
        assertTrue(problem("[[Pericarditis]] less likely.").uncertain());
        assertTrue(problem("[[Pneumothorax]] cannot be excluded.").uncertain());
        assertTrue(problem("Small density in the left lower lobe, [[atelectasis]] (?).").uncertain());
        assertTrue(problem("There was concern for [[sepsis]] on arrival.").uncertain());
    }

    // ---- hypothetical ----

    @Test
    void conditionalReturnPrecautions() {
        assertTrue(problem("Return if [[chest pain]] recurs.").hypothetical());
        assertTrue(problem("Return if worsening shortness of breath, fever, or [[coughing up blood]].").hypothetical());
        assertTrue(problem("Call 911 should [[chest pain]] last longer than 15 minutes.").hypothetical());
    }

    @Test
    void plannedProcedureIsHypotheticalButStartedMedicationIsNot() {
        assertTrue(assess("Will obtain [[exercise stress test]].", Section.PLAN, EntryKind.PROCEDURE).hypothetical());
        assertTrue(assess("Likely osteoporosis - [[DEXA]] recommended.", Section.PLAN, EntryKind.PROCEDURE).hypothetical());
        assertFalse(assess("Plan: start [[methotrexate 15 mg PO weekly]].", Section.PLAN, EntryKind.MEDICATION).hypothetical());
    }

    @Test
    void conditionalMedication() {
        assertTrue(assess("If she becomes hypotensive, add [[vasopressin]].", null, EntryKind.MEDICATION).hypothetical());
        assertTrue(assess("[[Hydroxychloroquine]] could be added if the response is inadequate.", null, EntryKind.MEDICATION)
                .hypothetical());
    }

    @Test
    void treatmentConditionalOnALaterClause() {
        assertTrue(assess("Will start [[lisinopril]] if BP remains elevated.", null, EntryKind.MEDICATION).hypothetical());
        assertFalse(assess("[[Cephalexin 500 mg PO q12h]] pending culture.", null, EntryKind.MEDICATION).hypothetical());
        assertFalse(assess("[[Ibuprofen 600 mg PO q6h prn pain]].", null, EntryKind.MEDICATION).hypothetical(),
                "as-needed is not conditional in the hypothetical sense");
    }

    @Test
    void switchedMedicationIsHistoricalButItsReplacementIsCurrent() {
        assertTrue(assess("Previously on [[metformin]], now on insulin.", null, EntryKind.MEDICATION).historical());
        assertFalse(assess("Previously on metformin, now on [[insulin]].", null, EntryKind.MEDICATION).historical());
        assertTrue(assess("[[Piperacillin-tazobactam]] narrowed to ceftriaxone.", null, EntryKind.MEDICATION).historical());
    }

    @Test
    void futureDateBeatsHistoricalYear() {
        Assertion a = assess("Next [[colonoscopy]] due in 2028.", null, EntryKind.PROCEDURE);
        assertTrue(a.hypothetical());
        assertFalse(a.historical());
    }

    // ---- historical ----

    @Test
    void statusPostProcedureIsHistorical() {
        assertTrue(assess("Patient is s/p [[appendectomy]].", null, EntryKind.PROCEDURE).historical());
        assertTrue(assess("67-year-old man with CAD s/p [[CABG]] x3 (2018).", null, EntryKind.PROCEDURE).historical());
    }

    @Test
    void postOperativeDayIsCurrent() {
        assertFalse(assess("POD 1 s/p [[right TKA]].", null, EntryKind.PROCEDURE).historical());
    }

    @Test
    void chronicConditionStaysCurrentAfterHistoryOf() {
        assertFalse(problem("History of [[HTN]], on lisinopril.").historical());
        assertFalse(problem("58M w/ h/o HTN, [[DM2]], HLD.").historical());
        assertTrue(problem("History of [[DVT]]. Continue apixaban.").historical());
        assertTrue(problem("PMH: osteopenia; h/o [[L hip fracture]] 2019.").historical());
    }

    @Test
    void pastMedicalHistorySection() {
        assertFalse(assess("PMH: [[migraines]].", Section.PAST_MEDICAL_HISTORY, EntryKind.PROBLEM).historical());
        assertTrue(assess("PMH: [[recurrent otitis media]] at age 2.", Section.PAST_MEDICAL_HISTORY, EntryKind.PROBLEM)
                .historical());
        assertTrue(assess("PSH: [[tonsillectomy]].", Section.PAST_SURGICAL_HISTORY, EntryKind.PROCEDURE).historical());
    }

    @Test
    void resolvedAndStopped() {
        assertTrue(problem("Childhood [[asthma]], resolved.").historical());
        assertTrue(assess("[[Azithromycin]] was stopped after 3 days.", null, EntryKind.MEDICATION).historical());
        assertTrue(assess("STOP taking: [[glipizide]].", null, EntryKind.MEDICATION).historical());
        assertFalse(assess("Hold [[furosemide]] until intake improves.", null, EntryKind.MEDICATION).historical(),
                "held medications are current");
    }

    @Test
    void symptomResolvedAfterTreatmentIsCurrent() {
        assertFalse(problem("[[Chest pain]] resolved after nitroglycerin.").historical());
    }

    @Test
    void durationOfCurrentIllnessIsNotHistory() {
        assertFalse(problem("She presents with a two-day history of [[fever]] and body aches.").historical());
        assertFalse(problem("Three day history of [[cough]].").historical());
    }

    // ---- experiencer ----

    @Test
    void relatives() {
        assertEquals(Subject.FAMILY_MEMBER, problem("Father died of [[MI]] at 55.").subject());
        assertEquals(Subject.FAMILY_MEMBER, problem("Mother with [[breast cancer]].").subject());
        assertEquals(Subject.FAMILY_MEMBER, problem("Mother - [[breast cancer]]").subject());
        assertEquals(Subject.FAMILY_MEMBER,
                problem("Notable for [[ovarian cancer]] in her mother and breast cancer in her sister.").subject());
        assertFalse(problem("Her father was diagnosed with [[colon cancer]] at age 60.").historical(),
                "a relative's past illness is family history, not the patient's past");
    }

    @Test
    void parentReportingIsNotTheExperiencer() {
        assertEquals(Subject.PATIENT, problem("Mom reports [[fever]] to 102.5 at home.").subject());
    }

    @Test
    void othersAreNotFamily() {
        assertEquals(Subject.OTHER, problem("Roommate dx'd w/ [[mono]] 2 wks ago.").subject());
        assertEquals(Subject.OTHER, problem("Her partner recently had [[chlamydia]].").subject());
    }

    @Test
    void familyHistorySection() {
        Assertion a = assess("FHx: [[HTN]], DM.", Section.FAMILY_HISTORY, EntryKind.PROBLEM);
        assertEquals(Subject.FAMILY_MEMBER, a.subject());
        Assertion b = assess("Family history: no [[esophageal cancer]] or gastric cancer.", Section.FAMILY_HISTORY,
                EntryKind.PROBLEM);
        assertTrue(b.negated());
        assertEquals(Subject.FAMILY_MEMBER, b.subject());
    }

    @Test
    void plainMentionIsPresent() {
        assertEquals(Assertion.PRESENT, problem("Reports exertional [[chest tightness]] after two flights of stairs."));
    }

    @Test
    void onlyTheSentenceIsRead() {
        String text = "No fever. Cough for three days.";
        int b = text.indexOf("Cough");
        Assertion a = DETECTOR.assess(text, new Span(b, text.length()), new Span(b, b + 5), Optional.empty());
        assertFalse(a.negated());
    }
}

package io.clinscribe.nlp.section;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clinscribe.record.Section;
import io.clinscribe.record.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionFinderTest {

    private static final SectionFinder FINDER = new SectionFinder(SectionLexicon.load());

    private static List<String> names(String text) {
        return FINDER.find(text).stream().map(Section::name).toList();
    }

    private static List<String> headings(String text) {
        return FINDER.find(text).stream().map(Section::heading).toList();
    }

    @Test
    void findsColonHeadingsAtLineStartsWithSpansToTheNextHeading() {
        String note = "HISTORY OF PRESENT ILLNESS: 64M with chest pain.\nPMH: HTN, DM2\nMeds: lisinopril 10 mg daily\n";
        List<Section> sections = FINDER.find(note);
        assertEquals(List.of(Section.HPI, Section.PAST_MEDICAL_HISTORY, Section.MEDICATIONS),
                sections.stream().map(Section::name).toList());
        assertEquals("HISTORY OF PRESENT ILLNESS", sections.get(0).heading());
        assertEquals(new Span(0, note.indexOf("PMH")), sections.get(0).span());
        assertEquals(new Span(note.indexOf("PMH"), note.indexOf("Meds")), sections.get(1).span());
        assertEquals(note.length(), sections.get(2).span().end());
    }

    @Test
    void sectionsTileTheDocumentFromTheFirstHeading() {
        String note = "Clinic note\nCC: cough\nHPI: 3 days of cough.\nA/P: viral URI, supportive care.";
        List<Section> sections = FINDER.find(note);
        for (int i = 0; i + 1 < sections.size(); i++) {
            assertEquals(sections.get(i).span().end(), sections.get(i + 1).span().begin());
        }
        assertEquals(note.indexOf("CC:"), sections.get(0).span().begin());
    }

    @Test
    void headingAloneOnItsLineNeedsNoColon() {
        String note = "Past Medical History\nAsthma, GERD\n\nCurrent Medications\nalbuterol prn\n";
        assertEquals(List.of(Section.PAST_MEDICAL_HISTORY, Section.MEDICATIONS), names(note));
        assertEquals(List.of("Past Medical History", "Current Medications"), headings(note));
    }

    @Test
    void headingWithContentOnTheSameLine() {
        String note = "ALLERGIES: NKDA\nVitals: BP 120/80 HR 72";
        assertEquals(List.of(Section.ALLERGIES, Section.VITAL_SIGNS), names(note));
        assertEquals("ALLERGIES", FINDER.find(note).get(0).heading());
    }

    @Test
    void abbreviationsAndVariantsMapToCanonicalNames() {
        String note = "CC: rash\nFHx: mother with psoriasis\nSHx: nonsmoker\nROS: negative\nPE: plaques\n"
                + "Recent labs: CBC normal\nImpression: psoriasis\nPlan: topical steroid";
        assertEquals(List.of(Section.CHIEF_COMPLAINT, Section.FAMILY_HISTORY, Section.SOCIAL_HISTORY,
                Section.REVIEW_OF_SYSTEMS, Section.PHYSICAL_EXAM, Section.LABS, SectionNames.IMPRESSION,
                Section.PLAN), names(note));
    }

    @Test
    void headingsAreCaseInsensitiveAtLineStart() {
        assertEquals(List.of(Section.ASSESSMENT_AND_PLAN, Section.ALLERGIES),
                names("assessment and plan: improving\nallergies: latex"));
    }

    @Test
    void soapLettersAtLineStart() {
        String note = "S: feels better\nO: T 37.1, lungs clear\nA: resolving pneumonia\nP: finish amoxicillin";
        assertEquals(List.of(SectionNames.SUBJECTIVE, SectionNames.OBJECTIVE, SectionNames.ASSESSMENT, Section.PLAN),
                names(note));
    }

    @Test
    void soapLetterBeforeABareNumberIsAVitalSignNotAHeading() {
        String note = "Vitals:\nT: 98.6\nP: 88\nR: 16\nAssessment: stable";
        assertEquals(List.of(Section.VITAL_SIGNS, SectionNames.ASSESSMENT), names(note));
    }

    @Test
    void soapLetterBeforeAnEnumerationIsAHeading() {
        assertEquals(List.of(Section.PLAN), names("P: 1. Start metformin.\n2. Recheck A1c."));
    }

    @Test
    void mtSamplesRunInHeadingsAfterCommas() {
        String note = "SUBJECTIVE:,  This 23-year-old white female presents with allergies.,MEDICATIONS: , "
                + "Ortho Tri-Cyclen.,ALLERGIES: , She has no known medicine allergies.,OBJECTIVE:,Vitals:  "
                + "Weight was 130 pounds.,HEENT:  Throat mildly erythematous.,ASSESSMENT:,  Allergic rhinitis."
                + ",PLAN:,1.  Try Zyrtec.";
        assertEquals(List.of(SectionNames.SUBJECTIVE, Section.MEDICATIONS, Section.ALLERGIES, SectionNames.OBJECTIVE,
                Section.VITAL_SIGNS, SectionNames.ASSESSMENT, Section.PLAN), names(note));
        Section allergies = FINDER.find(note).get(2);
        assertEquals("ALLERGIES", allergies.heading());
        assertEquals(note.indexOf("ALLERGIES"), allergies.span().begin());
        assertEquals(note.indexOf("OBJECTIVE"), allergies.span().end());
    }

    @Test
    void operativeReportHeadings() {
        String note = "PREOPERATIVE DIAGNOSIS: , Morbid obesity. ,POSTOPERATIVE DIAGNOSIS: , Morbid obesity. "
                + ",PROCEDURE:,  Laparoscopic gastric bypass. ,ANESTHESIA: , General. ,ESTIMATED BLOOD LOSS: , 50 mL.";
        assertEquals(List.of(SectionNames.PREOPERATIVE_DIAGNOSIS, SectionNames.POSTOPERATIVE_DIAGNOSIS,
                SectionNames.PROCEDURES, SectionNames.ANESTHESIA, SectionNames.ESTIMATED_BLOOD_LOSS), names(note));
    }

    @Test
    void planMidSentenceIsNotAHeading() {
        String note = "HPI: We discussed the plan: she will start insulin. Her medications: unchanged.\n";
        assertEquals(List.of(Section.HPI), names(note));
    }

    @Test
    void lowerCaseRunInAfterCommaAndSpaceIsProse() {
        String note = "HPI: Pain improved with rest, plan: none was made by the patient.";
        assertEquals(List.of(Section.HPI), names(note));
    }

    @Test
    void runInHeadingsAfterASentenceOnOneLine() {
        String note = "PMH: none. PSH: appendectomy. Meds: none. Allergies: NKDA.";
        assertEquals(List.of(Section.PAST_MEDICAL_HISTORY, Section.PAST_SURGICAL_HISTORY, Section.MEDICATIONS,
                Section.ALLERGIES), names(note));
    }

    @Test
    void examSubheadingsStayInsideTheExam() {
        String note = "Physical Exam:\nHEENT: PERRL\nCV: RRR, no murmurs\nAbd: soft\nNeuro: nonfocal\nLabs: K 4.1";
        List<Section> sections = FINDER.find(note);
        assertEquals(List.of(Section.PHYSICAL_EXAM, Section.LABS), sections.stream().map(Section::name).toList());
        assertTrue(sections.get(0).span().contains(new Span(note.indexOf("Neuro"), note.indexOf("nonfocal"))));
    }

    @Test
    void proseLineEndingWithAColonIsNotAHeading() {
        String note = "Dilated eye exam in March:\nno retinopathy.\nThe patient was told the following:\nrest.";
        assertTrue(FINDER.find(note).isEmpty());
    }

    @Test
    void aLineThatMerelyStartsWithAHeadingWordIsNotAHeading() {
        assertTrue(FINDER.find("Allergies were reviewed with the patient.\nMedications reconciled today.").isEmpty());
    }

    @Test
    void slashCombinationsUseTheFirstPart() {
        assertEquals(List.of(Section.CHIEF_COMPLAINT, Section.LABS), names("CC/HPI: fever\nLabs/Imaging: CXR clear"));
    }

    @Test
    void emptyAndHeadinglessTextsHaveNoSections() {
        assertTrue(FINDER.find("").isEmpty());
        assertTrue(FINDER.find("Patient doing well, no complaints.").isEmpty());
    }

    @Test
    void enclosingSectionOfAnOffset() {
        String note = "Meds: aspirin\nAllergies: sulfa";
        List<Section> sections = FINDER.find(note);
        assertEquals(Section.ALLERGIES, SectionFinder.enclosing(sections, note.indexOf("sulfa")).orElseThrow().name());
        assertFalse(SectionFinder.enclosing(sections, note.length()).isPresent());
    }

    @Test
    void lexiconRejectsAVariantMappedToTwoSections() {
        assertThrows(IllegalArgumentException.class,
                () -> SectionLexicon.fromLines(List.of("plan: plan", "assessment: plan")));
    }

    @Test
    void mtSamplesHeadingLineWithoutColon() {
        String note = "PREOPERATIVE DIAGNOSES,Airway obstruction.,POSTOPERATIVE DIAGNOSES,Same.,CURRENT MEDICATIONS,1.  Aspirin.";
        assertEquals(List.of(SectionNames.PREOPERATIVE_DIAGNOSIS, SectionNames.POSTOPERATIVE_DIAGNOSIS,
                Section.MEDICATIONS), names(note));
        assertEquals("CURRENT MEDICATIONS", FINDER.find(note).get(2).heading());
    }

    @Test
    void capitalisedWordsBetweenCommasInProseAreNotHeadings() {
        assertEquals(List.of(Section.HPI), names("HPI: seen by Cardiology, Plan, and Surgery teams,Plan remains unchanged."));
    }
}

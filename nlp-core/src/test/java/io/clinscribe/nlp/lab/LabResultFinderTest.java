package io.clinscribe.nlp.lab;

import io.clinscribe.record.Code;
import io.clinscribe.record.LabInterpretation;
import io.clinscribe.record.LabResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabResultFinderTest {

    private static final LabResultFinder FINDER = new LabResultFinder(LabTestLexicon.load());

    private static List<LabResult> find(String text) {
        return FINDER.find(text);
    }

    private static LabResult only(String text) {
        List<LabResult> found = find(text);
        assertEquals(1, found.size(), () -> "expected one lab result in: " + text + " but got " + found);
        return found.get(0);
    }

    private static void assertNumber(String expected, LabResult r) {
        assertEquals(0, new BigDecimal(expected).compareTo(r.numericValue().orElseThrow()),
                () -> "value " + r.numericValue() + " for " + r.mention().text());
    }

    private static List<String> codes(LabResult r) {
        return r.codes().stream().map(Code::code).toList();
    }

    @Test
    void basicMetabolicPanelLine() {
        List<LabResult> r = find("BMP: Na 131 (L), K 5.6 (H), Cl 99, HCO3 20, BUN 41, Cr 2.3, glucose 244.");
        assertEquals(List.of("Na", "K", "Cl", "HCO3", "BUN", "Cr", "glucose"), r.stream().map(LabResult::name).toList());
        assertEquals(List.of("Na 131", "K 5.6", "Cl 99", "HCO3 20", "BUN 41", "Cr 2.3", "glucose 244"),
                r.stream().map(x -> x.mention().text()).toList());
        assertEquals(Optional.of(LabInterpretation.LOW), r.get(0).interpretation());
        assertEquals(Optional.of(LabInterpretation.HIGH), r.get(1).interpretation());
        assertEquals(Optional.empty(), r.get(2).interpretation());
        assertEquals(List.of("2951-2"), codes(r.get(0)));
        assertEquals(List.of("2823-3"), codes(r.get(1)));
        assertEquals(List.of("2160-0"), codes(r.get(5)));
        assertEquals(List.of("2345-7"), codes(r.get(6)));
    }

    @Test
    void unitsAreUcumAndOnlyWhenWritten() {
        List<LabResult> r = find("Potassium 3.2 mEq/L, magnesium 1.6 mg/dL, hemoglobin 9.8 g/dL, WBC 3.1 K/uL, platelets 88.");
        assertEquals(Optional.of("meq/L"), r.get(0).unit());
        assertEquals(Optional.of("mg/dL"), r.get(1).unit());
        assertEquals(Optional.of("g/dL"), r.get(2).unit());
        assertEquals(Optional.of("10*3/uL"), r.get(3).unit());
        assertEquals(Optional.empty(), r.get(4).unit());
        assertEquals("WBC 3.1 K/uL", r.get(3).mention().text());
    }

    @Test
    void proseWithLinkingWords() {
        List<LabResult> r = find("His hemoglobin A1c of 10.4% was drawn last week; creatinine is 1.9 mg/dL.");
        assertEquals("hemoglobin A1c of 10.4%", r.get(0).mention().text());
        assertEquals("hemoglobin A1c", r.get(0).name());
        assertEquals(List.of("4548-4"), codes(r.get(0)));
        assertNumber("10.4", r.get(0));
        assertEquals("creatinine is 1.9 mg/dL", r.get(1).mention().text());
    }

    @Test
    void qualitativeResultsAreLowerCaseTextValues() {
        List<LabResult> r = find("Troponin NEGATIVE x2. Urine hCG negative. COVID-19 PCR not detected.");
        assertEquals(3, r.size());
        assertEquals(Optional.of("negative"), r.get(0).textValue());
        assertTrue(r.get(0).numericValue().isEmpty());
        assertEquals("Urine hCG", r.get(1).name());
        assertEquals("COVID-19 PCR", r.get(2).name());
        assertEquals(Optional.of("not detected"), r.get(2).textValue());
        assertFalse(r.get(0).assertion().negated());
    }

    @Test
    void freeTextTestNamesEndingInAHeadWord() {
        List<LabResult> r = find("Stool C. difficile toxin positive; Lyme IgM antibody negative.");
        assertEquals(List.of("Stool C. difficile toxin", "Lyme IgM antibody"), r.stream().map(LabResult::name).toList());
        assertEquals(Optional.of("positive"), r.get(0).textValue());
    }

    @Test
    void comparatorValuesStayText() {
        LabResult t = only("High-sensitivity troponin I <0.006 ng/mL at 0 h.");
        assertEquals(Optional.of("<0.006"), t.textValue());
        assertEquals(Optional.of("ng/mL"), t.unit());
    }

    @Test
    void thousandsSeparatorsAreNumbers() {
        LabResult bnp = only("NT-proBNP 12,400 pg/mL on arrival.");
        assertNumber("12400", bnp);
        assertEquals(List.of("33762-6"), codes(bnp));
    }

    @Test
    void tabularResultsWithFlagColumn() {
        String table = "Chemistry:\n  Na        128  L   mmol/L\n  Glucose   96       mg/dL\n";
        List<LabResult> r = find(table);
        assertEquals(2, r.size());
        assertEquals("Na        128  L   mmol/L", r.get(0).mention().text());
        assertEquals(Optional.of(LabInterpretation.LOW), r.get(0).interpretation());
        assertEquals(Optional.of("mmol/L"), r.get(0).unit());
        assertEquals(Optional.empty(), r.get(1).interpretation());
    }

    @Test
    void flagWordsAfterTheValue() {
        List<LabResult> r = find("Ferritin 9 ng/mL, which is low. TSH 2.3 (normal). AST 240 U/L (elevated).");
        assertEquals(Optional.of(LabInterpretation.LOW), r.get(0).interpretation());
        assertEquals(Optional.of(LabInterpretation.NORMAL), r.get(1).interpretation());
        assertEquals(Optional.of(LabInterpretation.HIGH), r.get(2).interpretation());
        assertEquals("AST 240 U/L", r.get(2).mention().text());
    }

    @Test
    void bothHighCoversThePairBeforeIt() {
        List<LabResult> r = find("ESR 88 mm/hr and CRP 140 mg/L, both high; ANA negative.");
        assertEquals(Optional.of(LabInterpretation.HIGH), r.get(0).interpretation());
        assertEquals(Optional.of(LabInterpretation.HIGH), r.get(1).interpretation());
        assertEquals(Optional.empty(), r.get(2).interpretation());
    }

    @Test
    void specimenWordsBelongToTheNameAndChangeTheCode() {
        List<LabResult> r = find("Fasting glucose 131 mg/dL; serum creatinine 0.8.");
        assertEquals("Fasting glucose", r.get(0).name());
        assertTrue(r.get(0).codes().isEmpty());
        assertEquals("serum creatinine", r.get(1).name());
        assertEquals(List.of("2160-0"), codes(r.get(1)));
    }

    @Test
    void culturesReportOrganismsOrNoGrowth() {
        List<LabResult> r = find("Urine culture grew Klebsiella pneumoniae. Blood cultures: no growth to date.");
        assertEquals("Urine culture grew Klebsiella pneumoniae", r.get(0).mention().text());
        assertEquals(Optional.of("Klebsiella pneumoniae"), r.get(0).textValue());
        assertEquals(Optional.of("no growth"), r.get(1).textValue());
    }

    @Test
    void urinalysisDipstick() {
        List<LabResult> r = find("UA: leukocyte esterase 2+, nitrite negative, glucose trace, WBC 20-50/hpf.");
        assertEquals(Optional.of("2+"), r.get(0).textValue());
        assertEquals(Optional.of("negative"), r.get(1).textValue());
        assertEquals(Optional.of("trace"), r.get(2).textValue());
        // a urine dipstick glucose is not the serum glucose the LOINC code names
        assertTrue(r.get(2).codes().isEmpty());
        assertEquals(3, r.size());
    }

    @Test
    void referenceRangesAreNotResults() {
        assertTrue(find("Normal K 3.5-5.0 mmol/L; Na 135 to 145.").isEmpty());
    }

    @Test
    void dosesAreNotResults() {
        assertTrue(find("Potassium chloride 20 mEq PO daily; magnesium 2 g IV once; calcium 500 mg BID; "
                + "vitamin D 50,000 units weekly.").isEmpty());
    }

    @Test
    void vitalsDatesAndAgesAreNotResults() {
        assertTrue(find("BP 128/82, HR 76, SpO2 98% on RA. Seen 3/14. 64 yo man, EF 35%.").isEmpty());
        assertTrue(find("K/uL ranges were discussed; the patient is K. Smith's brother.").isEmpty());
    }

    @Test
    void caseMattersForShortAbbreviations() {
        assertTrue(find("He went na 2 times and k 3 times.").isEmpty());
        assertEquals("Na", only("Na 140.").name());
    }

    @Test
    void ordersWithoutValuesAreNotResults() {
        assertTrue(find("Plan: recheck BMP and CBC in the morning, repeat A1c in 3 months. Urine culture pending.")
                .isEmpty());
    }

    @Test
    void colonyCountBeforeTheOrganism() {
        LabResult c = only("Urine culture: >100,000 CFU/mL E. coli, pan-sensitive.");
        assertEquals("Urine culture", c.name());
        assertEquals(Optional.of("E. coli"), c.textValue());
    }

    @Test
    void internationalUnitsAndArrowFlags() {
        List<LabResult> r = find("AST 40 IU/L, TSH 6.2 mIU/L \u2191, Plt 150 x10^9/L.");
        assertEquals(Optional.of("[iU]/L"), r.get(0).unit());
        assertEquals(Optional.of("m[iU]/L"), r.get(1).unit());
        assertEquals(Optional.of(LabInterpretation.HIGH), r.get(1).interpretation());
        assertEquals(Optional.of("10*9/L"), r.get(2).unit());
    }

    @Test
    void flagSaidBeforeTheValue() {
        LabResult w = only("CBC notable for white blood cell count elevated at 22.2.");
        assertEquals(Optional.of(LabInterpretation.HIGH), w.interpretation());
        assertNumber("22.2", w);
    }

    @Test
    void thresholdsInPlansAreNotResults() {
        assertTrue(find("Continue enoxaparin until the INR is greater than 2.0; hold lisinopril if potassium 5.5 or more.")
                .isEmpty());
        LabResult t = only("Troponin was less than 0.01 on two draws.");
        assertEquals(Optional.of("<0.01"), t.textValue());
    }

    @Test
    void bareHighAndLowLettersAfterTheValue() {
        List<LabResult> r = find("K 3.1 L, Na 151 H, Cl 104");
        assertEquals(3, r.size());
        assertEquals(Optional.of(LabInterpretation.LOW), r.get(0).interpretation());
        assertEquals("K 3.1", r.get(0).mention().text());
        assertEquals(Optional.of(LabInterpretation.HIGH), r.get(1).interpretation());
        assertEquals(Optional.empty(), r.get(2).interpretation());
    }

    @Test
    void pastResultsAfterWhenAreResults() {
        LabResult inr = only("Warfarin was resumed when the INR was 1.9.");
        assertEquals("INR was 1.9", inr.mention().text());
        assertEquals(List.of("6301-6"), codes(inr));
    }

    @Test
    void criticalFlagsAndRatios() {
        List<LabResult> r = find("Glucose 38 (critical low). Urine albumin-to-creatinine ratio 120 mg/g.");
        assertEquals(Optional.of(LabInterpretation.LOW), r.get(0).interpretation());
        assertEquals("Urine albumin-to-creatinine ratio", r.get(1).name());
        assertEquals(Optional.of("mg/g"), r.get(1).unit());
    }

    @Test
    void oneFinderServesManyThreads() throws Exception {
        String text = "Labs: Na 133 (L), K 5.1, Cr 1.7 (H), WBC 13.0, troponin negative, blood cultures: no growth.";
        List<LabResult> expected = find(text);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<LabResult>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 32; i++) {
                runs.add(pool.submit(() -> find(text)));
            }
            for (java.util.concurrent.Future<List<LabResult>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(6, expected.size());
    }

    @Test
    void gradedExamFindingsAreNotDipstickResults() {
        assertTrue(find("Extremities: bilateral LE 2+ pitting edema.").isEmpty());
        assertEquals(Optional.of("2+"), only("Urine dip: LE 2+, no blood.").textValue());
    }

    @Test
    void titersAreTextValues() {
        LabResult ana = only("ANA 1:320, speckled pattern.");
        assertEquals(Optional.of("1:320"), ana.textValue());
    }
}

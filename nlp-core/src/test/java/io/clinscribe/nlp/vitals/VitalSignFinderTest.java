package io.clinscribe.nlp.vitals;

import io.clinscribe.record.Code;
import io.clinscribe.record.VitalSign;
import io.clinscribe.record.VitalSignType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VitalSignFinderTest {

    private static final VitalSignFinder FINDER = new VitalSignFinder(VitalSignLexicon.load());

    private static List<VitalSign> find(String text) {
        return FINDER.find(text);
    }

    private static VitalSign only(String text) {
        List<VitalSign> found = find(text);
        assertEquals(1, found.size(), () -> "expected one vital sign in: " + text + " but got " + found);
        return found.get(0);
    }

    private static void assertValue(String expected, VitalSign v) {
        assertEquals(0, new BigDecimal(expected).compareTo(v.value().orElseThrow()),
                () -> "value " + v.value() + " for " + v.mention().text());
    }

    private static List<String> codes(VitalSign v) {
        return v.codes().stream().map(Code::code).toList();
    }

    @Test
    void readsAVitalsLineWithSpacedReadings() {
        String text = "Objective: BP 152/94  HR 58  RR 12  SpO2 96% on RA  Wt 102.3 kg  BMI 33.1\nLungs clear.";
        List<VitalSign> v = find(text);
        assertEquals(List.of(VitalSignType.BLOOD_PRESSURE, VitalSignType.HEART_RATE, VitalSignType.RESPIRATORY_RATE,
                VitalSignType.OXYGEN_SATURATION, VitalSignType.BODY_WEIGHT, VitalSignType.BMI),
                v.stream().map(VitalSign::type).toList());
        assertEquals(List.of("BP 152/94", "HR 58", "RR 12", "SpO2 96%", "Wt 102.3 kg", "BMI 33.1"),
                v.stream().map(x -> x.mention().text()).toList());
        assertEquals("kg/m2", v.get(5).unit());
        assertEquals("/min", v.get(1).unit());
    }

    @Test
    void bloodPressureCarriesPanelSystolicAndDiastolicCodes() {
        VitalSign bp = only("Seen in clinic today, blood pressure was 164/98 on the left arm.");
        assertEquals("blood pressure was 164/98", bp.mention().text());
        assertEquals(0, bp.systolic().orElseThrow().compareTo(BigDecimal.valueOf(164)));
        assertEquals(0, bp.diastolic().orElseThrow().compareTo(BigDecimal.valueOf(98)));
        assertEquals("mm[Hg]", bp.unit());
        assertEquals(List.of("85354-9", "8480-6", "8462-4"), codes(bp));
    }

    @Test
    void writtenMillimetresOfMercuryStayInTheSpan() {
        VitalSign bp = only("Blood pressure: 118/72 mmHg, seated.");
        assertEquals("Blood pressure: 118/72 mmHg", bp.mention().text());
    }

    @Test
    void bareLetterRunOfTemperaturePulseAndRespirations() {
        List<VitalSign> v = find("Nursing VS: T 36.6 P 72 R 14 BP 110/70");
        assertEquals(4, v.size());
        assertEquals(VitalSignType.BODY_TEMPERATURE, v.get(0).type());
        assertEquals("Cel", v.get(0).unit());
        assertEquals(VitalSignType.HEART_RATE, v.get(1).type());
        assertEquals("P 72", v.get(1).mention().text());
        assertEquals(VitalSignType.RESPIRATORY_RATE, v.get(2).type());
        assertEquals("R 14", v.get(2).mention().text());
    }

    @Test
    void temperatureUnitFollowsTheValueWhenOmitted() {
        VitalSign f = only("She has had a temperature of 101.6 at home since Sunday.");
        assertEquals("[degF]", f.unit());
        VitalSign c = only("Vitals: Temp 37.9, otherwise unremarkable exam.");
        assertEquals("Cel", c.unit());
    }

    @Test
    void writtenTemperatureUnitsWin() {
        List<VitalSign> v = find("Tmax 38.7 C overnight; this morning T 99.1 F, HR 88.");
        assertEquals("Tmax 38.7 C", v.get(0).mention().text());
        assertEquals("Cel", v.get(0).unit());
        assertEquals("T 99.1 F", v.get(1).mention().text());
        assertEquals("[degF]", v.get(1).unit());
    }

    @Test
    void oxygenDeliveryStaysOutsideTheSaturationSpan() {
        List<VitalSign> v = find("O2 sat 89% on 3L NC, pulse ox 93% on room air after nebs.");
        assertEquals(List.of("O2 sat 89%", "pulse ox 93%"), v.stream().map(x -> x.mention().text()).toList());
        assertTrue(codes(v.get(0)).contains("59408-5"));
        assertTrue(codes(v.get(0)).contains("2708-6"));
    }

    @Test
    void poundsAndInchesAreConvertedToUcum() {
        List<VitalSign> v = find("Weight 187 lbs, height 5'10\", BMI 26.8 kg/m2.");
        assertEquals("[lb_av]", v.get(0).unit());
        assertEquals(VitalSignType.BODY_HEIGHT, v.get(1).type());
        assertEquals("[in_i]", v.get(1).unit());
        assertValue("70", v.get(1));
        assertEquals("BMI 26.8 kg/m2", v.get(2).mention().text());
    }

    @Test
    void heightInCentimetres() {
        VitalSign h = only("Height 172 cm today.");
        assertEquals("cm", h.unit());
        assertEquals(List.of("8302-2"), codes(h));
    }

    @Test
    void painScoreHasNoUnit() {
        List<VitalSign> v = find("Reports pain 7/10 in the left hip, down to pain 2/10 after oxycodone.");
        assertEquals(2, v.size());
        assertEquals(VitalSignType.PAIN_SCORE, v.get(0).type());
        assertEquals("pain 7/10", v.get(0).mention().text());
        assertValue("7", v.get(0));
        assertEquals("", v.get(0).unit());
    }

    @Test
    void proseHeartRateAndRespiratoryRate() {
        List<VitalSign> v = find("On arrival his heart rate of 124 and respiratory rate 28 per minute were noted.");
        assertEquals("heart rate of 124", v.get(0).mention().text());
        assertEquals("respiratory rate 28 per minute", v.get(1).mention().text());
        assertEquals(List.of("9279-1"), codes(v.get(1)));
    }

    @Test
    void readingsGluedToTheirNames() {
        List<VitalSign> v = find("EXAM: BP132/84 HR71 RR16 T36.4C");
        assertEquals(4, v.size());
        assertEquals("T36.4C", v.get(3).mention().text());
        assertEquals("Cel", v.get(3).unit());
    }

    @Test
    void implausibleValueIsKeptButFlaggedForReview() {
        VitalSign hr = only("HR 720 on the monitor, likely artifact.");
        assertTrue(hr.needsReview());
        assertTrue(hr.mention().confidence() < 1.0);
        assertValue("720", hr);
        assertFalse(only("HR 72 on the monitor.").needsReview());
    }

    @Test
    void rightSideAndBareLettersOutsideAVitalsRunAreNotVitals() {
        assertTrue(find("R 2nd toe swollen; R knee effusion. T 2 weighted images reviewed.").isEmpty());
        assertTrue(find("G3 P 2 at 34 weeks.").isEmpty());
    }

    @Test
    void datesDosesAndRangesAreNotVitals() {
        assertTrue(find("Follow up on 3/14 with BP log. Goal BP 130/80.").isEmpty());
        assertTrue(find("Weight loss of 5 kg over 3 months. Pulse 2+ bilaterally.").isEmpty());
        assertTrue(find("Keep heart rate 60-80 with metoprolol.").isEmpty());
    }

    @Test
    void fundalHeightAndPeripheralPulsesAreNotVitals() {
        List<VitalSign> v = find("Fundal height 31 cm. Radial pulse 2+. Pulse 84.");
        assertEquals(1, v.size());
        assertEquals("Pulse 84", v.get(0).mention().text());
    }

    @Test
    void newbornWeightInPoundsAndOunces() {
        VitalSign w = only("Birth weight was 7 pounds 4 ounces.");
        assertValue("7.25", w);
        assertEquals("[lb_av]", w.unit());
    }

    @Test
    void labValuesAreLeftToTheLabFinder() {
        assertTrue(find("Labs: Na 138, K 4.1, Cr 0.9, Hgb 12.2, plt 240.").isEmpty());
    }

    @Test
    void emptyAndVitalFreeTextGiveNothing() {
        assertTrue(find("").isEmpty());
        assertTrue(find("Afebrile, vital signs stable. Denies chest pain.").isEmpty());
    }

    @Test
    void temperatureReportedAsAPeak() {
        VitalSign t = only("Mother reports a temperature as high as 103.1 at home.");
        assertEquals("temperature as high as 103.1", t.mention().text());
        assertEquals("[degF]", t.unit());
    }

    @Test
    void scoreWrittenBeforeThePain() {
        VitalSign p = only("She describes 8/10 chest pain radiating to the jaw.");
        assertEquals(VitalSignType.PAIN_SCORE, p.type());
        assertEquals("8/10 chest pain", p.mention().text());
        assertValue("8", p);
    }

    @Test
    void patientWeighsButOrgansAreNotBodyWeights() {
        VitalSign w = only("She now weighs 162 pounds. The right lung weighed 630 grams, the left weighed 540 grams.");
        assertEquals("weighs 162 pounds", w.mention().text());
        assertEquals("[lb_av]", w.unit());
    }
}

package io.clinscribe.nlp.medication;

import io.clinscribe.record.Medication;
import io.clinscribe.record.Mention;
import io.clinscribe.record.Quantity;
import io.clinscribe.record.Route;
import io.clinscribe.record.Span;
import io.clinscribe.record.Timing;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MedicationSigParserTest {

    private static final MedicationSigParser PARSER = new MedicationSigParser(SigLexicon.load());

    /** Parses the sig of the first {@code drug} in {@code text}, up to the end of its line or the next drug. */
    private static MedicationSig sig(String text, String drug, String... nextDrugs) {
        int begin = text.indexOf(drug);
        assertTrue(begin >= 0, "drug not in text");
        int end = begin + drug.length();
        int limit = text.indexOf('\n', end);
        if (limit < 0) {
            limit = text.length();
        }
        for (String next : nextDrugs) {
            int n = text.indexOf(next, end);
            if (n >= 0) {
                limit = Math.min(limit, n);
            }
        }
        return PARSER.parse(text, new Span(begin, end), limit);
    }

    private static String extent(String text, MedicationSig s) {
        return s.extent().of(text);
    }

    private static Optional<Quantity> q(String value, String unit) {
        return Optional.of(Quantity.of(value, unit));
    }

    private static void assertQuantity(String value, String unit, Optional<Quantity> actual) {
        assertTrue(actual.isPresent(), "expected " + value + " " + unit);
        assertEquals(0, new BigDecimal(value).compareTo(actual.get().value()), "value");
        assertEquals(unit, actual.get().unit(), "unit");
    }

    private static void assertTiming(int frequency, String period, String unit, Optional<Timing> actual) {
        assertTrue(actual.isPresent(), "expected a frequency");
        assertEquals(frequency, actual.get().frequency());
        assertEquals(0, new BigDecimal(period).compareTo(actual.get().period()), "period");
        assertEquals(unit, actual.get().periodUnit());
    }

    @Test
    void listLayoutWithRouteAndBid() {
        String t = "- metoprolol tartrate 25 mg PO BID\n- lisinopril 10 mg daily";
        MedicationSig s = sig(t, "metoprolol tartrate");
        assertEquals("metoprolol tartrate 25 mg PO BID", extent(t, s));
        assertQuantity("25", "mg", s.strength());
        assertEquals(Optional.of(Route.ORAL), s.route());
        assertTiming(2, "1", "d", s.frequency());
        assertEquals(Optional.of(false), s.asNeeded());
        assertTrue(s.reviewReasons().isEmpty());
    }

    @Test
    void inlineProseStopsAtClauseWords() {
        String t = "He was started on lisinopril 10 mg daily for hypertension.";
        MedicationSig s = sig(t, "lisinopril");
        assertEquals("lisinopril 10 mg daily", extent(t, s));
        assertTrue(s.route().isEmpty(), "no route from the drug alone");
        assertTrue(s.duration().isEmpty());
    }

    @Test
    void patientInstructionWithDoseCountAndPrnReason() {
        String t = "Oxycodone 5 mg tablet: take 2 tablets by mouth every 6 hours as needed for pain, #20";
        MedicationSig s = sig(t, "Oxycodone");
        assertEquals("Oxycodone 5 mg tablet: take 2 tablets by mouth every 6 hours as needed for pain", extent(t, s));
        assertQuantity("5", "mg", s.strength());
        assertQuantity("2", "{tbl}", s.dose());
        assertEquals(Optional.of("tablet"), s.form());
        assertEquals(Optional.of(Route.ORAL), s.route());
        assertTiming(1, "6", "h", s.frequency());
        assertEquals(Optional.of(true), s.asNeeded());
        assertEquals(Optional.of("pain"), s.asNeededFor());
    }

    @Test
    void intervalRangeHasPeriodMax() {
        String t = "Percocet 1 tab PO q4-6h prn";
        MedicationSig s = sig(t, "Percocet");
        assertTiming(1, "4", "h", s.frequency());
        assertEquals(0, new BigDecimal("6").compareTo(s.frequency().get().periodMax().orElseThrow()));
        assertQuantity("1", "{tbl}", s.dose());
        assertEquals(Optional.of(true), s.asNeeded());
        assertTrue(s.asNeededFor().isEmpty());
    }

    @Test
    void insulinUnitsAreInternationalUnitsAndBedtimeIsDaily() {
        String t = "insulin glargine 20 units subcut qHS";
        MedicationSig s = sig(t, "insulin glargine");
        assertQuantity("20", "[iU]", s.strength());
        assertEquals(Optional.of(Route.SUBCUTANEOUS), s.route());
        assertTiming(1, "1", "d", s.frequency());
    }

    @Test
    void deviceSuffixInDictionaryMatchBecomesFormAndPuffsImplyInhalation() {
        String t = "albuterol HFA 2 puffs q4h prn wheezing";
        MedicationSig s = sig(t, "albuterol HFA");
        assertEquals("albuterol", s.drug());
        assertEquals(Optional.of("inhaler"), s.form());
        assertQuantity("2", "{puff}", s.dose());
        assertEquals(Optional.of(Route.INHALATION), s.route());
        assertEquals(Optional.of("wheezing"), s.asNeededFor());
        assertEquals(t, extent(t, s));
    }

    @Test
    void releaseModifierIsFormNotDrug() {
        String t = "metoprolol succinate ER 50 mg daily";
        MedicationSig s = sig(t, "metoprolol succinate ER");
        assertEquals("metoprolol succinate", s.drug());
        assertEquals(Optional.of("extended-release"), s.form());
        assertQuantity("50", "mg", s.strength());
    }

    @Test
    void dripIsIntravenousWithWeightBasedRateAndNoFrequency() {
        String t = "Started heparin drip at 18 units/kg/h per protocol.";
        MedicationSig s = sig(t, "heparin");
        assertEquals("heparin drip at 18 units/kg/h", extent(t, s));
        assertQuantity("18", "[iU]/kg/h", s.strength());
        assertEquals(Optional.of(Route.INTRAVENOUS), s.route());
        assertTrue(s.frequency().isEmpty());
    }

    @Test
    void infusionRateInMillilitresPerHour() {
        String t = "- NS at 100 mL/hr IV x 1 L, then reassess";
        MedicationSig s = sig(t, "NS");
        assertEquals("NS at 100 mL/hr IV", extent(t, s));
        assertQuantity("100", "mL/h", s.strength());
        assertEquals(Optional.of(Route.INTRAVENOUS), s.route());
    }

    @Test
    void combinationStrengthIsLeftOutWithoutReview() {
        String t = "hydrocodone-acetaminophen 5-325 mg 1 tab PO q6h prn pain x 3 days";
        MedicationSig s = sig(t, "hydrocodone-acetaminophen");
        assertTrue(s.strength().isEmpty());
        assertQuantity("1", "{tbl}", s.dose());
        assertQuantity("3", "d", s.duration());
        assertEquals(Optional.of("pain"), s.asNeededFor());
        assertTrue(s.reviewReasons().isEmpty(), s.reviewReasons().toString());
        assertEquals(t, extent(t, s));
    }

    @Test
    void doseRangeIsReviewedNotGuessed() {
        String t = "hydromorphone 1-2 tabs PO q4h prn severe pain";
        MedicationSig s = sig(t, "hydromorphone");
        assertTrue(s.dose().isEmpty());
        assertEquals(Optional.of("tablet"), s.form());
        assertTrue(s.reviewReasons().stream().anyMatch(r -> r.startsWith("dose range")), s.reviewReasons().toString());
        assertTiming(1, "4", "h", s.frequency());
    }

    @Test
    void strengthRangeOfSingleDrugIsReviewed() {
        String t = "morphine 2-4 mg IV q2h prn pain";
        MedicationSig s = sig(t, "morphine");
        assertTrue(s.strength().isEmpty());
        assertTrue(s.reviewReasons().stream().anyMatch(r -> r.startsWith("strength range")));
        assertEquals(Optional.of(Route.INTRAVENOUS), s.route());
    }

    @Test
    void numberWithoutUnitIsReviewed() {
        String t = "Tylenol 2 PO q6h prn fever";
        MedicationSig s = sig(t, "Tylenol");
        assertTrue(s.strength().isEmpty());
        assertTrue(s.dose().isEmpty());
        assertTrue(s.reviewReasons().stream().anyMatch(r -> r.startsWith("number without a unit")));
        assertEquals(t, extent(t, s));
    }

    @Test
    void conflictingFrequenciesAreReviewed() {
        String t = "furosemide 40 mg PO daily BID";
        MedicationSig s = sig(t, "furosemide");
        assertTrue(s.frequency().isEmpty());
        assertTrue(s.reviewReasons().stream().anyMatch(r -> r.startsWith("conflicting frequencies")));
    }

    @Test
    void agreeingFrequencyWordingsAreOneFrequency() {
        String t = "atorvastatin 40 mg daily at bedtime";
        MedicationSig s = sig(t, "atorvastatin");
        assertTiming(1, "1", "d", s.frequency());
        assertTrue(s.reviewReasons().isEmpty());
    }

    @Test
    void spelledOutFrequencies() {
        assertTiming(2, "1", "d", sig("metformin 1000 mg twice a day", "metformin").frequency());
        assertTiming(3, "1", "d", sig("gabapentin 300 mg three times daily", "gabapentin").frequency());
        assertTiming(4, "1", "d", sig("cephalexin 500 mg 4 times a day", "cephalexin").frequency());
        assertTiming(1, "2", "d", sig("ferrous sulfate 325 mg every other day", "ferrous sulfate").frequency());
        assertTiming(1, "1", "wk", sig("alendronate 70 mg PO once weekly", "alendronate").frequency());
        assertTiming(1, "6", "mo", sig("zoledronic acid 5 mg IV every 6 months", "zoledronic acid").frequency());
        assertTiming(1, "5", "min", sig("nitroglycerin 0.4 mg SL q5min prn chest pain", "nitroglycerin").frequency());
    }

    @Test
    void durationAfterSigInDaysWeeksMonths() {
        assertQuantity("10", "d", sig("amoxicillin 500 mg PO TID for 10 days", "amoxicillin").duration());
        assertQuantity("2", "wk", sig("fluorouracil 5% cream BID x 2 weeks", "fluorouracil").duration());
        assertQuantity("12", "mo", sig("clopidogrel 75 mg daily for 12 months", "clopidogrel").duration());
        assertQuantity("3", "d", sig("cefdinir 300 mg by mouth every 12 hours for 3 more days", "cefdinir").duration());
    }

    @Test
    void durationAfterBareNameIsNotASig() {
        String t = "- hold metformin for 48 hours after contrast";
        MedicationSig s = sig(t, "metformin");
        assertEquals("metformin", extent(t, s));
        assertTrue(s.asNeeded().isEmpty());
        assertTrue(s.duration().isEmpty());
    }

    @Test
    void bareNameHasOnlyTheDrug() {
        String t = "Continue apixaban.";
        MedicationSig s = sig(t, "apixaban");
        assertTrue(s.isBare());
        assertTrue(s.asNeeded().isEmpty());
        assertEquals("apixaban", extent(t, s));
    }

    @Test
    void topicalFormImpliesRouteAndSiteJoinsFrequency() {
        String t = "mupirocin 2% ointment to wounds BID";
        MedicationSig s = sig(t, "mupirocin");
        assertEquals(t, extent(t, s));
        assertQuantity("2", "%", s.strength());
        assertEquals(Optional.of("ointment"), s.form());
        assertEquals(Optional.of(Route.TOPICAL), s.route());
        assertTiming(2, "1", "d", s.frequency());
    }

    @Test
    void siteAtTheEndIsNotPartOfTheSig() {
        String t = "hydrocortisone 1% cream BID to face";
        assertEquals("hydrocortisone 1% cream BID", extent(t, sig(t, "hydrocortisone")));
    }

    @Test
    void eyeDropsWithLaterality() {
        String t = "latanoprost 0.005% 1 drop OU qHS";
        MedicationSig s = sig(t, "latanoprost");
        assertQuantity("1", "[drp]", s.dose());
        assertEquals(Optional.of("drop"), s.form());
        assertEquals(Optional.of(Route.OPHTHALMIC), s.route());
        assertQuantity("0.005", "%", s.strength());
    }

    @Test
    void countedGttAreDropsButBareGttIsADrip() {
        assertEquals(Optional.of(Route.OPHTHALMIC), sig("timolol 1 gtt OS BID", "timolol").route());
        MedicationSig drip = sig("Hyperglycemia: insulin gtt.", "insulin");
        assertEquals(Optional.of(Route.INTRAVENOUS), drip.route());
        assertTrue(drip.dose().isEmpty());
    }

    @Test
    void patchImpliesTransdermalEvenWithoutOtherSig() {
        String t = "Nicotine patch; counseling > 5 min.";
        MedicationSig s = sig(t, "Nicotine");
        assertEquals(Optional.of("patch"), s.form());
        assertEquals(Optional.of(Route.TRANSDERMAL), s.route());
        assertEquals(Optional.of(false), s.asNeeded());
        assertEquals("Nicotine patch", extent(t, s));
    }

    @Test
    void formWithoutImpliedRouteIsNotASig() {
        MedicationSig s = sig("continue nicotine gum.", "nicotine");
        assertEquals(Optional.of("gum"), s.form());
        assertTrue(s.asNeeded().isEmpty());
    }

    @Test
    void thousandsAndMillionsOfUnits() {
        assertQuantity("5000", "[iU]", sig("heparin 5,000 units SC q8h", "heparin").strength());
        assertQuantity("5000000", "[iU]", sig("penicillin G 5 million units IV q4h", "penicillin G").strength());
        assertQuantity("2000", "[iU]", sig("vitamin D3 2,000 units daily", "vitamin D3").strength());
    }

    @Test
    void microgramsAndMilliequivalentsAndAttachedUnits() {
        assertQuantity("50", "ug", sig("levothyroxine 50 mcg daily", "levothyroxine").strength());
        assertQuantity("20", "meq", sig("potassium chloride 20 mEq PO x1", "potassium chloride").strength());
        assertQuantity("10", "mg", sig("lisinopril 10mg daily", "lisinopril").strength());
        assertQuantity("0.05", "ug/kg/min", sig("norepinephrine 0.05 mcg/kg/min", "norepinephrine").strength());
        assertQuantity("50", "mg/kg", sig("ceftriaxone 50mg/kg IV daily", "ceftriaxone").strength());
    }

    @Test
    void oneTimeDoseHasNoFrequencyButIsASig() {
        String t = "Nausea resolved after ondansetron 4 mg IV x1 given in triage.";
        MedicationSig s = sig(t, "ondansetron");
        assertEquals("ondansetron 4 mg IV x1", extent(t, s));
        assertTrue(s.frequency().isEmpty());
        assertEquals(Optional.of(false), s.asNeeded());
    }

    @Test
    void onceAsConjunctionIsNotADose() {
        String t = "Stop naproxen once prednisone begins.";
        MedicationSig s = sig(t, "naproxen", "prednisone");
        assertEquals("naproxen", extent(t, s));
        assertTrue(s.asNeeded().isEmpty());
    }

    @Test
    void prnReasonEndsAtPrepositionOrDuration() {
        String t = "- saline nasal drops, 2 drops in each nostril q3h prn congestion before feeds";
        MedicationSig s = sig(t, "saline");
        assertEquals(Optional.of("congestion"), s.asNeededFor());
        assertEquals(Optional.of(Route.NASAL), s.route());
        assertQuantity("2", "[drp]", s.dose());
        assertEquals("saline nasal drops, 2 drops in each nostril q3h prn congestion", extent(t, s));
        assertEquals(Optional.of("anxiety or agitation"),
                sig("lorazepam 1 mg PO q6h prn anxiety or agitation", "lorazepam").asNeededFor());
    }

    @Test
    void limitStopsAtNextDrug() {
        String t = "- morphine 4 mg IV q4h prn severe pain; ondansetron 4 mg IV q6h prn nausea";
        MedicationSig s = sig(t, "morphine", "ondansetron");
        assertEquals("morphine 4 mg IV q4h prn severe pain", extent(t, s));
        String u = "Meds: metformin 1000 mg PO BID, lisinopril 10 mg daily";
        assertEquals("metformin 1000 mg PO BID", extent(u, sig(u, "metformin", "lisinopril")));
    }

    @Test
    void taperIsFlaggedAndEndsTheSig() {
        String t = "prednisone 40 mg PO daily x 5 days, then 20 mg daily x 5 days";
        MedicationSig s = sig(t, "prednisone");
        assertEquals("prednisone 40 mg PO daily x 5 days", extent(t, s));
        assertQuantity("40", "mg", s.strength());
        assertTrue(s.reviewReasons().stream().anyMatch(r -> r.contains("then")), s.reviewReasons().toString());
    }

    @Test
    void bareQNumberIsReadAsHoursAndFlagged() {
        MedicationSig s = sig("- Tylenol 120mg PR q6.", "Tylenol");
        assertTiming(1, "6", "h", s.frequency());
        assertEquals(Optional.of(Route.RECTAL), s.route());
        assertFalse(s.reviewReasons().isEmpty());
    }

    @Test
    void routeOrStrengthBeforeTheDrugWhenAllowed() {
        String t = "Took 1g azithromycin yesterday. Switch to PO antibiotics.";
        int az = t.indexOf("azithromycin");
        MedicationSig s = PARSER.parse(t, new Span(az, az + 12), 0, t.indexOf('.'));
        assertEquals("1g azithromycin", extent(t, s));
        assertQuantity("1", "g", s.strength());
        assertTrue(s.asNeeded().isEmpty(), "a prefix is a description, not a sig");
        int ab = t.indexOf("antibiotics");
        MedicationSig p = PARSER.parse(t, new Span(ab, ab + 11), t.indexOf('.') + 1, t.length() - 1);
        assertEquals(Optional.of(Route.ORAL), p.route());
        assertEquals("PO antibiotics", extent(t, p));
        assertEquals("antibiotics", extent(t, PARSER.parse(t, new Span(ab, ab + 11), t.length() - 1)));
    }

    @Test
    void conflictingRoutesAreReviewed() {
        MedicationSig s = sig("ondansetron 4 mg PO/IV q6h prn nausea", "ondansetron");
        assertTrue(s.route().isEmpty());
        assertTrue(s.reviewReasons().stream().anyMatch(r -> r.startsWith("conflicting routes")));
    }

    @Test
    void toMedicationCarriesSigAndReviewReasons() {
        String t = "aspirin 81 daily";
        MedicationSig s = sig(t, "aspirin");
        Medication m = PARSER.toMedication(t, s);
        assertEquals("aspirin", m.drug());
        assertEquals("aspirin 81 daily", m.mention().text());
        assertEquals(s.extent(), m.mention().span());
        assertTrue(m.mention().needsReview());
        assertTiming(1, "1", "d", m.frequency());
        Medication viaMention = PARSER.toMedication(s, Mention.at(t, s.extent()));
        assertEquals(m.frequency(), viaMention.frequency());
        assertTrue(m.strength().isEmpty(), "81 without a unit is not guessed to be mg");
    }

    @Test
    void volumeAStrengthComesInIsNotASecondStrength() {
        String t = "Lovenox 40 mg in 0.4 mL solution inject subcutaneously once daily for 14 days.";
        MedicationSig s = sig(t, "Lovenox");
        assertEquals("Lovenox 40 mg in 0.4 mL solution inject subcutaneously once daily for 14 days", extent(t, s));
        assertQuantity("40", "mg", s.strength());
        assertEquals(Optional.of(Route.SUBCUTANEOUS), s.route());
        assertQuantity("14", "d", s.duration());
        assertTrue(s.reviewReasons().isEmpty(), s.reviewReasons().toString());
    }

    @Test
    void frequencyRangeIsReviewed() {
        String t = "Ativan 0.5 mg one tablet two to three times a day as needed for anxiety";
        MedicationSig s = sig(t, "Ativan");
        assertTrue(s.frequency().isEmpty());
        assertTrue(s.reviewReasons().stream().anyMatch(r -> r.startsWith("frequency range")));
        assertEquals(Optional.of("anxiety"), s.asNeededFor());
        assertQuantity("1", "{tbl}", s.dose());
    }

    @Test
    void amountAfterAndBelongsToTheNextDrug() {
        String t = "Sedation with Demerol and 3.75 mg of Versed IV push.";
        assertEquals("Demerol", extent(t, sig(t, "Demerol", "Versed")));
        String u = "Fentanyl 100 mcg and 5 mg of IV Versed.";
        MedicationSig f = sig(u, "Fentanyl", "Versed");
        assertEquals("Fentanyl 100 mcg", extent(u, f));
        assertTrue(f.reviewReasons().isEmpty());
        String v = "Versed and IV fentanyl were given.";
        assertEquals("Versed", extent(v, sig(v, "Versed", "fentanyl")));
    }

    @Test
    void slashedStrengthsAreACombinationProduct() {
        String t = "Vicodin 5/500 mg 1 tab PO q6h prn pain";
        MedicationSig s = sig(t, "Vicodin");
        assertTrue(s.strength().isEmpty());
        assertTrue(s.reviewReasons().isEmpty(), s.reviewReasons().toString());
        assertQuantity("1", "{tbl}", s.dose());
        assertQuantity("0.5", "{tbl}", sig("warfarin 1/2 tab PO daily", "warfarin").dose());
    }

    @Test
    void listNumberAfterTheSigIsNotADose() {
        String t = "1. Metoprolol 100 mg b.i.d.,2. Lasix 20 mg a day.";
        MedicationSig s = sig(t, "Metoprolol", "Lasix");
        assertEquals("Metoprolol 100 mg b.i.d.", extent(t, s));
        assertTrue(s.reviewReasons().isEmpty(), s.reviewReasons().toString());
        assertTiming(1, "1", "d", sig(t, "Lasix").frequency());
    }

    @Test
    void wrappedLineCarriesTheSigButANewItemDoesNot() {
        String t = "mupirocin 2% to\nwounds BID, vancomycin 125 mg QID";
        int b = t.indexOf("mupirocin");
        MedicationSig s = PARSER.parse(t, new Span(b, b + 9), t.indexOf("vancomycin"));
        assertEquals("mupirocin 2% to\nwounds BID", extent(t, s));
        String u = "1. aspirin\n2. Hypertension, well controlled.";
        int a = u.indexOf("aspirin");
        MedicationSig bare = PARSER.parse(u, new Span(a, a + 7), u.length());
        assertEquals("aspirin", extent(u, bare));
        assertTrue(bare.isBare());
    }

    @Test
    void releaseModifierCombinesWithCountedFormAndDisagreeingFormsAreReviewed() {
        assertEquals(Optional.of("extended-release tablet"),
                sig("metformin ER 500 mg 2 tabs daily with dinner", "metformin").form());
        assertEquals(Optional.of("solution"),
                sig("brimonidine 0.2% ophthalmic solution 1 drop OU TID", "brimonidine").form());
        MedicationSig s = sig("amoxicillin 500 mg cap 1 tab daily", "amoxicillin");
        assertTrue(s.form().isEmpty());
        assertTrue(s.reviewReasons().stream().anyMatch(r -> r.startsWith("conflicting forms")));
    }

    @Test
    void ambiguousFrequencyWordIsReviewedButStillASig() {
        MedicationSig s = sig("Humira 40 mg SC biweekly", "Humira");
        assertTrue(s.frequency().isEmpty());
        assertEquals(Optional.of(false), s.asNeeded());
        assertTrue(s.reviewReasons().stream().anyMatch(r -> r.contains("biweekly")));
        MedicationSig nasal = sig("oxymetazoline 2 sprays each nostril BID prn nasal congestion", "oxymetazoline");
        assertEquals(Optional.of("nasal congestion"), nasal.asNeededFor());
        assertEquals(Optional.of(Route.NASAL), nasal.route());
    }
}

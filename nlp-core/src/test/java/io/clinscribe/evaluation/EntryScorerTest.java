package io.clinscribe.evaluation;

import io.clinscribe.record.Assertion;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.Code;
import io.clinscribe.record.Entry;
import io.clinscribe.record.EntryKind;
import io.clinscribe.record.LabInterpretation;
import io.clinscribe.record.LabResult;
import io.clinscribe.record.Medication;
import io.clinscribe.record.Mention;
import io.clinscribe.record.Problem;
import io.clinscribe.record.Procedure;
import io.clinscribe.record.Quantity;
import io.clinscribe.record.Route;
import io.clinscribe.record.Span;
import io.clinscribe.record.Subject;
import io.clinscribe.record.Timing;
import io.clinscribe.record.VitalSign;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntryScorerTest {

    private static final String NOTE = "Denies fever or chills. Reports cough and dyspnea. Mother with diabetes. "
            + "Meds: metoprolol tartrate 25 mg PO BID, lisinopril 10 mg daily. BP 150/90. "
            + "Hgb 9.8 g/dL (L). Strep screen negative. Plan: colonoscopy.";

    private final EntryScorer scorer = new EntryScorer();

    @Test
    void detectionCountsGiveExactPrecisionRecallAndF1() {
        ClinicalDocument gold = doc(problem("fever"), problem("chills"), problem("cough"), problem("dyspnea"),
                med("metoprolol tartrate 25 mg PO BID", "metoprolol tartrate"), med("lisinopril 10 mg daily", "lisinopril"));
        ClinicalDocument predicted = doc(problem("fever"), problem("chills"), problem("cough and dyspnea"),
                problem("diabetes"), med("metoprolol tartrate 25 mg", "metoprolol tartrate"),
                new Procedure(at("colonoscopy"), Optional.empty()));
        EvaluationReport r = scorer.evaluate(List.of(gold), List.of(predicted));

        KindScore problems = r.kind(EntryKind.PROBLEM);
        assertEquals(4, problems.gold());
        assertEquals(4, problems.predicted());
        // "cough and dyspnea" overlaps "cough" and "dyspnea" by 5 and 7 characters: it takes dyspnea
        assertEquals(new PrecisionRecall(3, 1, 1), problems.matching());
        assertEquals(0.75, problems.matching().precision(), 1e-9);
        assertEquals(0.75, problems.matching().recall(), 1e-9);
        assertEquals(0.75, problems.matching().f1(), 1e-9);
        assertEquals(2, problems.exactSpans(), "fever and chills exact; dyspnea matched by a wider span");

        PrecisionRecall meds = r.kind(EntryKind.MEDICATION).matching();
        assertEquals(new PrecisionRecall(1, 0, 1), meds);
        assertEquals(1.0, meds.precision(), 1e-9);
        assertEquals(0.5, meds.recall(), 1e-9);
        assertEquals(2.0 / 3, meds.f1(), 1e-9);

        PrecisionRecall procedures = r.kind(EntryKind.PROCEDURE).matching();
        assertEquals(new PrecisionRecall(0, 1, 0), procedures);
        assertEquals(0.0, procedures.precision());
        assertTrue(Double.isNaN(procedures.recall()), "nothing to recall");

        assertEquals(new PrecisionRecall(4, 2, 2), r.micro());
        assertEquals(4.0 / 6, r.micro().f1(), 1e-9);
        assertEquals(4, r.matchedPairs());
        assertEquals(0, r.kind(EntryKind.MEDICATION).exactSpans());
        assertEquals(2, r.exactSpans());
    }

    @Test
    void assertionFlagsAreScoredAsAccuracyAndAsDetectionOfTheSetFlag() {
        Assertion negated = Assertion.PRESENT.withNegated(true);
        ClinicalDocument gold = doc(problem("fever", negated), problem("chills", negated), problem("cough"),
                problem("dyspnea"), problem("diabetes", Assertion.PRESENT.withSubject(Subject.FAMILY_MEMBER)));
        ClinicalDocument predicted = doc(problem("fever", negated), problem("chills"), problem("cough", negated),
                problem("dyspnea", Assertion.PRESENT.withHistorical(true)),
                problem("diabetes", Assertion.PRESENT.withSubject(Subject.OTHER)));
        EvaluationReport r = scorer.evaluate(List.of(gold), List.of(predicted));

        AssertionScore neg = r.assertion("negated");
        assertEquals(new Accuracy(3, 5), neg.accuracy());
        assertEquals(new PrecisionRecall(1, 1, 1), neg.whenSet());
        assertEquals(0.5, neg.whenSet().f1(), 1e-9);

        AssertionScore historical = r.assertion("historical");
        assertEquals(new Accuracy(4, 5), historical.accuracy());
        assertEquals(new PrecisionRecall(0, 1, 0), historical.whenSet());

        AssertionScore uncertain = r.assertion("uncertain");
        assertEquals(new Accuracy(5, 5), uncertain.accuracy());
        assertTrue(Double.isNaN(uncertain.whenSet().precision()));

        // family member predicted as "other": wrong subject, counted as both FP and FN
        AssertionScore subject = r.assertion("subject");
        assertEquals(new Accuracy(4, 5), subject.accuracy());
        assertEquals(new PrecisionRecall(0, 1, 1), subject.whenSet());
    }

    @Test
    void attributesAreComparedAfterNormalisation() {
        Medication goldMetoprolol = new Medication(at("metoprolol tartrate 25 mg PO BID"), "metoprolol tartrate",
                Optional.of(Quantity.of("25", "mg")), Optional.empty(), Optional.empty(), Optional.of(Route.ORAL),
                Optional.of(Timing.of(2, 1, "d")), Optional.of(false), Optional.empty(), Optional.empty());
        Medication predictedMetoprolol = new Medication(at("metoprolol tartrate 25 mg PO BID"), "Metoprolol   Tartrate",
                Optional.of(Quantity.of("25.0", "mg")), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new Timing(2, new BigDecimal("1.0"), Optional.empty(), "d")), Optional.of(false),
                Optional.empty(), Optional.empty());
        Medication goldLisinopril = new Medication(at("lisinopril 10 mg daily"), "lisinopril",
                Optional.of(Quantity.of("10", "mg")), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Timing.of(1, 1, "d")), Optional.of(false), Optional.empty(), Optional.empty());
        Medication predictedLisinopril = new Medication(at("lisinopril 10 mg daily"), "lisinopril",
                Optional.of(Quantity.of("10", "ug")), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Timing.of(1, 12, "h")), Optional.of(false), Optional.empty(), Optional.empty());
        Entry goldBp = VitalSign.bloodPressure(at("BP 150/90"), new BigDecimal("150"), new BigDecimal("90"));
        Entry predictedBp = VitalSign.bloodPressure(at("BP 150/90"), new BigDecimal("150.0"), new BigDecimal("95"));
        Entry goldHgb = new LabResult(at("Hgb 9.8 g/dL"), "Hgb", Optional.of(new BigDecimal("9.8")), Optional.empty(),
                Optional.of("g/dL"), Optional.of(LabInterpretation.LOW));
        Entry predictedHgb = new LabResult(at("Hgb 9.8 g/dL"), "HGB", Optional.of(new BigDecimal("9.80")), Optional.empty(),
                Optional.of("g/dL"), Optional.empty());
        Entry goldStrep = new LabResult(at("Strep screen negative"), "Strep screen", Optional.empty(),
                Optional.of("negative"), Optional.empty(), Optional.empty());
        Entry predictedStrep = new LabResult(at("Strep screen negative"), "strep screen", Optional.empty(),
                Optional.of(" Negative"), Optional.empty(), Optional.empty());

        EvaluationReport r = scorer.evaluate(
                List.of(doc(goldMetoprolol, goldLisinopril, goldBp, goldHgb, goldStrep)),
                List.of(doc(predictedMetoprolol, predictedLisinopril, predictedBp, predictedHgb, predictedStrep)));

        assertEquals(new Accuracy(2, 2), r.attribute("medication.drug"), "case and whitespace do not count");
        assertEquals(new Accuracy(1, 2), r.attribute("medication.strength"), "25.0 mg = 25 mg, 10 ug != 10 mg");
        assertEquals(new Accuracy(0, 1), r.attribute("medication.route"), "present in gold only is wrong");
        assertEquals(new Accuracy(1, 2), r.attribute("medication.frequency"), "1.0 d = 1 d; q12h != daily");
        assertEquals(new Accuracy(2, 2), r.attribute("medication.asNeeded"));
        assertEquals(Accuracy.NONE, r.attribute("medication.dose"), "absent on both sides: not compared");
        assertTrue(!r.attributes().containsKey("medication.dose"));
        assertEquals(new Accuracy(6, 9), r.medicationAttributes());
        assertEquals(new Accuracy(1, 1), r.attribute("vital_sign.systolic"));
        assertEquals(new Accuracy(0, 1), r.attribute("vital_sign.diastolic"));
        assertEquals(new Accuracy(1, 1), r.attribute("vital_sign.unit"));
        assertEquals(new Accuracy(2, 2), r.attribute("lab_result.name"));
        assertEquals(new Accuracy(2, 2), r.attribute("lab_result.value"), "9.80 = 9.8, \" Negative\" = negative");
        assertEquals(new Accuracy(0, 1), r.attribute("lab_result.interpretation"));
    }

    @Test
    void aTextLabValueThatIsANumberComparesAsANumber() {
        Entry gold = new LabResult(at("Hgb 9.8"), "Hgb", Optional.of(new BigDecimal("9.8")), Optional.empty(),
                Optional.empty(), Optional.empty());
        Entry predicted = new LabResult(at("Hgb 9.8"), "Hgb", Optional.empty(), Optional.of("9.80"),
                Optional.empty(), Optional.empty());
        assertEquals(AttributeValues.of(gold), AttributeValues.of(predicted));
    }

    @Test
    void aGoldCodeIsFoundOnlyWithTheSameSystemAndCode() {
        Entry gold = problem("diabetes", Assertion.PRESENT).withMention(at("diabetes")
                .withCodes(List.of(Code.snomed("73211009"), Code.umls("C0011849"))));
        Entry predicted = problem("diabetes", Assertion.PRESENT).withMention(at("diabetes")
                .withCodes(List.of(Code.snomed("73211009"), new Code(Code.ICD10_CM, "C0011849", ""),
                        Code.rxnorm("6809"))));
        Entry goldMed = med("lisinopril 10 mg daily", "lisinopril").withMention(at("lisinopril 10 mg daily")
                .withCodes(List.of(Code.rxnorm("29046"))));
        Entry predictedMed = med("lisinopril 10 mg daily", "lisinopril").withMention(at("lisinopril 10 mg daily")
                .withCodes(List.of(new Code(Code.RXNORM, "29046", "lisinopril"))));
        EvaluationReport r = scorer.evaluate(List.of(doc(gold, goldMed)), List.of(doc(predicted, predictedMed)));
        assertEquals(new CodeScore(2, 1, 3, 1), r.codes().get(EntryKind.PROBLEM));
        assertEquals(new CodeScore(1, 1, 1, 1), r.codes().get(EntryKind.MEDICATION), "display does not matter");
        assertEquals(new CodeScore(3, 2, 4, 2), r.allCodes());
        assertEquals(2.0 / 3, r.allCodes().hitRate(), 1e-9);
    }

    @Test
    void goldAgainstItselfIsPerfectAndAMissingPredictionIsAllMisses() {
        ClinicalDocument gold = doc(problem("fever", Assertion.PRESENT.withNegated(true)), problem("cough"),
                med("lisinopril 10 mg daily", "lisinopril"));
        ClinicalDocument other = new ClinicalDocument("n2", NOTE, List.of(), List.of(problem("dyspnea")), List.of());
        EvaluationReport self = scorer.evaluate(List.of(gold, other), List.of(gold, other));
        assertEquals(1.0, self.micro().f1());
        assertEquals(1.0, self.assertion("negated").whenSet().f1());
        assertEquals(1.0, self.medicationAttributes().value());

        EvaluationReport missing = scorer.evaluate(List.of(gold, other), List.of(gold));
        assertEquals(1, missing.documentsWithoutPrediction());
        assertEquals(new PrecisionRecall(2, 0, 1), missing.kind(EntryKind.PROBLEM).matching());
    }

    @Test
    void reportPrintsATableAndJson() {
        ClinicalDocument gold = doc(problem("fever"), med("lisinopril 10 mg daily", "lisinopril"));
        ClinicalDocument predicted = doc(problem("fever"), problem("cough"));
        EvaluationReport r = scorer.evaluate(List.of(gold), List.of(predicted));
        String table = r.format();
        assertTrue(table.contains("problem             1      2      1      1      0   0.500   1.000   0.667      1"), table);
        assertTrue(table.contains("medication          1      0      0      0      1       -   0.000   0.000      0"), table);
        assertTrue(table.contains("all (micro)         2      2      1      1      1   0.500   0.500   0.500      1"), table);
        assertTrue(table.contains("negated            1.000"), table);
        String json = r.toJson();
        assertTrue(json.contains("\"medication\":{\"gold\":1,\"predicted\":0,\"tp\":0,\"fp\":0,\"fn\":1,"
                + "\"precision\":null,\"recall\":0.0,\"f1\":0.0,\"exactSpans\":0}"), json);
        assertTrue(json.contains("\"micro\":{\"tp\":1,\"fp\":1,\"fn\":1,\"precision\":0.5,\"recall\":0.5,\"f1\":0.5,\"exactSpans\":1}"), json);
    }

    @Test
    void errorListingShowsMissesSpuriousAndDifferences() {
        ClinicalDocument gold = doc(problem("fever", Assertion.PRESENT.withNegated(true)), problem("cough"));
        ClinicalDocument predicted = doc(problem("fever"), problem("dyspnea"));
        String listing = new ErrorListing(true).format(scorer.align(List.of(gold), List.of(predicted)));
        assertTrue(listing.contains("== n1"), listing);
        assertTrue(listing.contains("FN problem    [32,37) \"cough\""), listing);
        assertTrue(listing.contains("FP problem    [42,49) \"dyspnea\""), listing);
        assertTrue(listing.contains("~~ problem    [7,12) \"fever\": negated true -> false"), listing);
    }

    private static Mention at(String phrase) {
        int begin = NOTE.indexOf(phrase);
        if (begin < 0) {
            throw new IllegalArgumentException("not in note: " + phrase);
        }
        return Mention.at(NOTE, new Span(begin, begin + phrase.length()));
    }

    private static Problem problem(String phrase) {
        return problem(phrase, Assertion.PRESENT);
    }

    private static Problem problem(String phrase, Assertion assertion) {
        return new Problem(at(phrase).withAssertion(assertion), Optional.empty());
    }

    private static Medication med(String phrase, String drug) {
        return Medication.named(at(phrase), drug);
    }

    private static ClinicalDocument doc(Entry... entries) {
        return new ClinicalDocument("n1", NOTE, List.of(), List.of(entries), List.of());
    }
}

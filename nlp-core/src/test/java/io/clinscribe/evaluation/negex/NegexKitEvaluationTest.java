package io.clinscribe.evaluation.negex;

import io.clinscribe.nlp.assertion.AssertionDetector;
import io.clinscribe.nlp.assertion.ContextRules;
import io.clinscribe.record.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NegexKitEvaluationTest {
    private static final String KIT = String.join("\n",
            "line number\tCondition\tsentence\tnegation_status\ttemporality\texperiencer",
            "1\tpneumonia\tNo evidence of PNEUMONIA.\tNegated\tRecent\tPatient",
            "2\tchest pain\tShe reports CHEST PAIN at rest.\tAffirmed\tRecent\tPatient",
            "3\tshortness of  breath\tCall if SHORTNESS OF   BREATH worsens.\tAffirmed\tNot particular\tPatient",
            "4\tbreast cancer\tHer mother had BREAST CANCER.\tAffirmed\tRecent\tOther",
            "5\tappendectomy\tThe patient is s/p APPENDECTOMY.\tAffirmed\tHistorical\tPatient",
            "6\tfever\tNo FEVER but has chills.\tNegated\tRecent\tPatient",
            "7\tcough\tNo fever but has COUGH.\tNegated\tRecent\tPatient",
            "8\tgout\tThis sentence does not mention it.\tAffirmed\tRecent\tPatient",
            "");

    @Test
    void scoresRowsAndWritesPredictionsInTheKitsWords() throws IOException {
        StringWriter predictions = new StringWriter();
        NegexKitReport report = new NegexKitEvaluation().evaluate(new StringReader(KIT),
                new AssertionDetector(ContextRules.load()), Optional.of(predictions));

        assertEquals(8, report.rows());
        assertEquals(7, report.evaluated());
        assertEquals(1, report.skipped());
        // row 7 is deliberately mislabelled Negated: the detector is right to call it affirmed
        assertEquals(2, report.negated().truePositives());
        assertEquals(1, report.negated().falseNegatives());
        assertEquals(0, report.negated().falsePositives());
        assertEquals(1, report.hypothetical().truePositives());
        assertEquals(1, report.historical().truePositives());
        assertEquals(1, report.experiencerOther().truePositives());
        assertEquals(2.0 / 3.0, report.negated().recall(), 1e-9);
        assertEquals(0.8, report.negated().f1(), 1e-9);

        String[] lines = predictions.toString().split("\n");
        assertEquals(7, lines.length);
        assertEquals("1\tNegated\tRecent\tPatient", lines[0]);
        assertEquals("3\tAffirmed\tHypothetical\tPatient", lines[2]);
        assertEquals("4\tAffirmed\tRecent\tOther", lines[3]);
        assertEquals("5\tAffirmed\tHistorical\tPatient", lines[4]);
        assertTrue(report.format().contains("negated"));
    }

    @Test
    void locatesConditionIgnoringCaseAndSpacingPreferringCapitals() {
        assertEquals(Optional.of(new Span(4, 24)),
                NegexKitEvaluation.locate("Has SHORTNESS  OF BREATH.", "shortness of breath"));
        String s = "ALLERGIES:  He has no known ALLERGIES.";
        assertEquals(Optional.of(new Span(s.lastIndexOf("ALLERGIES"), s.length() - 1)),
                NegexKitEvaluation.locate(s.replaceFirst("ALLERGIES", "Allergies"), "allergies"));
        assertEquals(Optional.empty(), NegexKitEvaluation.locate("Nothing here.", "gout"));
    }

    @Test
    void emptyKit() throws IOException {
        NegexKitReport report = new NegexKitEvaluation().evaluate(new StringReader(""),
                new AssertionDetector(ContextRules.load()), Optional.empty());
        assertEquals(0, report.rows());
    }
}

package io.clinscribe.delivery.fhir.server;

import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.PatientContext;
import io.clinscribe.record.Assertion;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.Code;
import io.clinscribe.record.Entry;
import io.clinscribe.record.Mention;
import io.clinscribe.record.Problem;
import io.clinscribe.record.Span;
import io.clinscribe.record.Subject;
import io.clinscribe.record.VitalSign;
import io.clinscribe.record.VitalSignType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Clinic notes, as the pipeline would have read them, to deliver in tests. */
final class ClinicNotes {

    static final String PATIENT = "pat-1001";

    private ClinicNotes() {
    }

    /**
     * A follow-up visit: a problem, a heart rate, a denied symptom (refuted) and a family history the stand-in
     * mapping does not carry.
     */
    static DeliveryRequest followUp() {
        String text = "Assessment: essential hypertension, well controlled. Heart rate 88 /min, regular. "
                + "Denies chest pain. Mother has type 2 diabetes.";
        List<Entry> entries = List.of(
                problem(text, "essential hypertension", Code.snomed("59621000"), Assertion.PRESENT),
                VitalSign.measured(mention(text, "Heart rate 88 /min", Assertion.PRESENT), VitalSignType.HEART_RATE,
                        new BigDecimal("88"), "/min"),
                problem(text, "chest pain", Code.snomed("29857009"), Assertion.PRESENT.withNegated(true)),
                problem(text, "type 2 diabetes", Code.snomed("44054006"),
                        new Assertion(false, false, false, false, Subject.FAMILY_MEMBER)));
        return DeliveryRequest.of(new ClinicalDocument("follow-up-1", text, List.of(), entries, List.of()), patient());
    }

    /**
     * A longer note of ten entries (problems and heart rates), numbered so that each is a different document:
     * with its DocumentReference and one Provenance per entry, a transaction of 21 resources.
     */
    static DeliveryRequest visit(int number) {
        StringBuilder text = new StringBuilder("Visit " + number + ".\n");
        List<Entry> entries = new ArrayList<>();
        String[][] problems = {{"asthma", "195967001"}, {"atrial fibrillation", "49436004"},
                {"chronic kidney disease", "709044004"}, {"osteoarthritis of knee", "239873007"},
                {"hypothyroidism", "40930008"}};
        for (int i = 0; i < 5; i++) {
            int begin = text.length();
            text.append(problems[i][0]);
            entries.add(new Problem(new Mention(problems[i][0], io.clinscribe.record.Provenance.of(
                    new Span(begin, text.length())), Assertion.PRESENT, List.of(Code.snomed(problems[i][1])),
                    Optional.of("assessment"), 0.9, List.of()), Optional.empty()));
            text.append(". ");
            String rate = "Heart rate " + (60 + (number + i) % 40) + " /min";
            begin = text.length();
            text.append(rate);
            entries.add(VitalSign.measured(new Mention(rate, io.clinscribe.record.Provenance.of(
                            new Span(begin, text.length())), Assertion.PRESENT, List.of(), Optional.of("vitals"),
                            0.95, List.of()), VitalSignType.HEART_RATE,
                    new BigDecimal(60 + (number + i) % 40), "/min"));
            text.append(".\n");
        }
        return DeliveryRequest.of(new ClinicalDocument("visit-" + number, text.toString(), List.of(), entries,
                List.of()), patient());
    }

    static PatientContext patient() {
        return PatientContext.parse("Patient/" + PATIENT, Optional.empty());
    }

    private static Problem problem(String text, String phrase, Code code, Assertion assertion) {
        return new Problem(mention(text, phrase, assertion).withCodes(List.of(code)), Optional.empty());
    }

    private static Mention mention(String text, String phrase, Assertion assertion) {
        int begin = text.indexOf(phrase);
        return Mention.at(text, new Span(begin, begin + phrase.length())).withAssertion(assertion);
    }
}

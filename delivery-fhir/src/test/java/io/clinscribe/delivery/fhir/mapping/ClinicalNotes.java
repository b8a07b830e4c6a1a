package io.clinscribe.delivery.fhir.mapping;

import io.clinscribe.record.Allergy;
import io.clinscribe.record.Assertion;
import io.clinscribe.record.AudioRange;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.Code;
import io.clinscribe.record.DocumentSource;
import io.clinscribe.record.Entry;
import io.clinscribe.record.LabInterpretation;
import io.clinscribe.record.LabResult;
import io.clinscribe.record.Medication;
import io.clinscribe.record.Mention;
import io.clinscribe.record.PageRegion;
import io.clinscribe.record.Problem;
import io.clinscribe.record.Procedure;
import io.clinscribe.record.Provenance;
import io.clinscribe.record.Quantity;
import io.clinscribe.record.Route;
import io.clinscribe.record.Section;
import io.clinscribe.record.Span;
import io.clinscribe.record.Subject;
import io.clinscribe.record.Timing;
import io.clinscribe.record.VitalSign;
import io.clinscribe.record.VitalSignType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small clinical documents built in code, one entry of every kind and assertion, for the FHIR tests. */
public final class ClinicalNotes {

    public static final String RICH_TEXT = """
            CHIEF COMPLAINT: Cough.
            HPI: 64 year old with COPD and hypertension. Denies chest pain. Possible pneumonia. History of kidney stones. Return if fever develops.
            MEDICATIONS: lisinopril 10 mg PO daily; albuterol 2 puffs inhaled q4-6h prn wheezing; prednisone 40 mg PO daily for 5 days; stopped aspirin.
            ALLERGIES: penicillin (hives). NKDA.
            FAMILY HISTORY: Mother with breast cancer. Roommate has tuberculosis.
            VITALS: BP 138/84, HR 92, Temp 37.8 C, SpO2 93%, Wt 80 kg, Pain 4/10.
            LABS: WBC 11.2 (H), potassium 4.1 mEq/L, troponin negative.
            PLAN: Chest x-ray today. Colonoscopy recommended. No CT.
            """;

    private ClinicalNotes() {
    }

    /** Every kind of entry, with negated, uncertain, historical, hypothetical, family and other subjects. */
    public static ClinicalDocument rich() {
        String t = RICH_TEXT;
        Assertion present = Assertion.PRESENT;
        List<Entry> e = new ArrayList<>();
        e.add(new Problem(mention(t, "Cough", present, "chief_complaint", Code.snomed("49727002")), Optional.empty()));
        e.add(new Problem(mention(t, "COPD", present, Section.HPI, Code.snomed("13645005")), Optional.empty()));
        e.add(new Problem(mention(t, "hypertension", present, Section.HPI, Code.snomed("38341003")), Optional.empty()));
        e.add(new Problem(mention(t, "chest pain", present.withNegated(true), Section.HPI, Code.snomed("29857009")),
                Optional.of("chest")));
        e.add(new Problem(mention(t, "pneumonia", present.withUncertain(true), Section.HPI, Code.snomed("233604007")),
                Optional.empty()));
        e.add(new Problem(mention(t, "kidney stones", present.withHistorical(true), Section.HPI, Code.snomed("95570007")),
                Optional.empty()));
        e.add(new Problem(mention(t, "fever", present.withHypothetical(true), Section.HPI, Code.snomed("386661006")),
                Optional.empty()));
        e.add(new Medication(mention(t, "lisinopril 10 mg PO daily", present, Section.MEDICATIONS, Code.rxnorm("29046")),
                "lisinopril", Optional.of(Quantity.of("10", "mg")), Optional.empty(), Optional.empty(),
                Optional.of(Route.ORAL), Optional.of(Timing.of(1, 1, "d")), Optional.of(false), Optional.empty(),
                Optional.empty()));
        e.add(new Medication(mention(t, "albuterol 2 puffs inhaled q4-6h prn wheezing", present, Section.MEDICATIONS,
                Code.rxnorm("435")), "albuterol", Optional.empty(), Optional.of(Quantity.of("2", "{puff}")),
                Optional.empty(), Optional.of(Route.INHALATION),
                Optional.of(new Timing(1, BigDecimal.valueOf(4), Optional.of(BigDecimal.valueOf(6)), "h")),
                Optional.of(true), Optional.of("wheezing"), Optional.empty()));
        e.add(new Medication(mention(t, "prednisone 40 mg PO daily for 5 days", present, Section.MEDICATIONS,
                Code.rxnorm("8640")), "prednisone", Optional.of(Quantity.of("40", "mg")), Optional.empty(),
                Optional.empty(), Optional.of(Route.ORAL), Optional.of(Timing.of(1, 1, "d")), Optional.of(false),
                Optional.empty(), Optional.of(Quantity.of("5", "d"))));
        e.add(Medication.named(mention(t, "aspirin", present.withHistorical(true), Section.MEDICATIONS, Code.rxnorm("1191")),
                "aspirin"));
        e.add(new Allergy(mention(t, "penicillin (hives)", present, Section.ALLERGIES), "penicillin", Optional.of("hives")));
        e.add(new Allergy(mention(t, "NKDA", present.withNegated(true), Section.ALLERGIES), "drug", Optional.empty()));
        e.add(new Problem(mention(t, "breast cancer", present.withSubject(Subject.FAMILY_MEMBER), Section.FAMILY_HISTORY,
                Code.snomed("254837009")), Optional.empty()));
        e.add(new Problem(mention(t, "tuberculosis", present.withSubject(Subject.OTHER), Section.FAMILY_HISTORY,
                Code.snomed("56717001")), Optional.empty()));
        e.add(VitalSign.bloodPressure(mention(t, "BP 138/84", present, Section.VITAL_SIGNS,
                Code.loinc("85354-9", ""), Code.loinc("8480-6", ""), Code.loinc("8462-4", "")),
                new BigDecimal("138"), new BigDecimal("84")));
        e.add(VitalSign.measured(mention(t, "HR 92", present, Section.VITAL_SIGNS, Code.loinc("8867-4", "")),
                VitalSignType.HEART_RATE, new BigDecimal("92"), "/min"));
        e.add(VitalSign.measured(mention(t, "Temp 37.8 C", present, Section.VITAL_SIGNS, Code.loinc("8310-5", "")),
                VitalSignType.BODY_TEMPERATURE, new BigDecimal("37.8"), "Cel"));
        e.add(VitalSign.measured(mention(t, "SpO2 93%", present, Section.VITAL_SIGNS, Code.loinc("59408-5", ""),
                Code.loinc("2708-6", "")), VitalSignType.OXYGEN_SATURATION, new BigDecimal("93"), "%"));
        e.add(VitalSign.measured(mention(t, "Wt 80 kg", present, Section.VITAL_SIGNS, Code.loinc("29463-7", "")),
                VitalSignType.BODY_WEIGHT, new BigDecimal("80"), "kg"));
        e.add(VitalSign.measured(mention(t, "Pain 4/10", present, Section.VITAL_SIGNS, Code.loinc("72514-3", "")),
                VitalSignType.PAIN_SCORE, new BigDecimal("4"), ""));
        e.add(new LabResult(mention(t, "WBC 11.2", present, Section.LABS, Code.loinc("6690-2", "")), "WBC",
                Optional.of(new BigDecimal("11.2")), Optional.empty(), Optional.empty(), Optional.of(LabInterpretation.HIGH)));
        e.add(new LabResult(mention(t, "potassium 4.1 mEq/L", present, Section.LABS, Code.loinc("2823-3", "")), "potassium",
                Optional.of(new BigDecimal("4.1")), Optional.empty(), Optional.of("mEq/L"), Optional.empty()));
        e.add(new LabResult(mention(t, "troponin negative", present, Section.LABS), "troponin", Optional.empty(),
                Optional.of("negative"), Optional.empty(), Optional.empty()));
        e.add(new Procedure(mention(t, "Chest x-ray", present, Section.PLAN, Code.snomed("399208008")), Optional.of("Chest")));
        e.add(new Procedure(mention(t, "Colonoscopy", present.withHypothetical(true), Section.PLAN, Code.snomed("73761001")),
                Optional.empty()));
        e.add(new Procedure(mention(t, "CT", present.withNegated(true), Section.PLAN, Code.snomed("77477000")),
                Optional.empty()));
        return new ClinicalDocument("rich-note", t, List.of(), e, List.of());
    }

    /** A dictated note: the source is a recording and every entry has its audio range. */
    public static ClinicalDocument dictated() {
        String t = "Assessment: hypertension. Blood pressure 150 over 90.";
        Mention htn = mention(t, "hypertension", Assertion.PRESENT, Section.ASSESSMENT_AND_PLAN, Code.snomed("38341003"));
        htn = htn.withProvenance(htn.provenance().withAudio(new AudioRange(1200, 2100)));
        Mention bp = mention(t, "Blood pressure 150 over 90", Assertion.PRESENT, Section.ASSESSMENT_AND_PLAN);
        bp = bp.withProvenance(bp.provenance().withAudio(new AudioRange(2500, 4700)));
        return new ClinicalDocument("dictation-1", t, List.of(), List.of(new Problem(htn, Optional.empty()),
                VitalSign.bloodPressure(bp, new BigDecimal("150"), new BigDecimal("90"))), List.of())
                .withSource(new DocumentSource(DocumentSource.Kind.AUDIO, "audio/wav", "a".repeat(64), 96_000,
                        Optional.of("visit.wav")));
    }

    /** A scanned page with one problem in a box. */
    public static ClinicalDocument scanned() {
        String t = "Dx: asthma";
        Mention asthma = mention(t, "asthma", Assertion.PRESENT, Section.ASSESSMENT_AND_PLAN, Code.snomed("195967001"));
        asthma = asthma.withProvenance(asthma.provenance().withPage(new PageRegion(1, 120, 340, 260, 372)));
        return new ClinicalDocument("scan-1", t, List.of(), List.of(new Problem(asthma, Optional.empty())), List.of())
                .withSource(new DocumentSource(DocumentSource.Kind.SCAN, "image/png", "b".repeat(64), 420_000,
                        Optional.of("page1.png")));
    }

    /** One entry flagged for review, the rest of the note as given. */
    public static ClinicalDocument withReview(ClinicalDocument document, int index, String reason) {
        List<Entry> entries = new ArrayList<>(document.entries());
        Entry e = entries.get(index);
        entries.set(index, e.withMention(e.mention().withReviewReason(reason)));
        return new ClinicalDocument(document.id(), document.text(), document.sections(), entries, document.problems(),
                document.source());
    }

    /** A document of one entry. */
    public static ClinicalDocument single(String text, Entry entry) {
        return new ClinicalDocument("single", text, List.of(), List.of(entry), List.of());
    }

    public static Mention mention(String text, String phrase, Assertion assertion, String section, Code... codes) {
        int at = text.indexOf(phrase);
        if (at < 0) {
            throw new IllegalArgumentException("phrase not in text: " + phrase);
        }
        Span span = new Span(at, at + phrase.length());
        return new Mention(phrase, Provenance.of(span), assertion, List.of(codes), Optional.of(section), 0.9, List.of());
    }
}

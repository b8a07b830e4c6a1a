package io.clinscribe.json;

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
import io.clinscribe.record.ProcessingProblem;
import io.clinscribe.record.Quantity;
import io.clinscribe.record.Route;
import io.clinscribe.record.Section;
import io.clinscribe.record.Span;
import io.clinscribe.record.Subject;
import io.clinscribe.record.Timing;
import io.clinscribe.record.VitalSign;
import io.clinscribe.record.VitalSignType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntriesJsonRoundTripTest {

    private static final String NOTE = "Medications:\n"
            + "- nitroglycerin 0.4 mg SL q5min prn chest pain\n"
            + "- albuterol HFA 2 puffs q4-6h prn wheeze x 7 days\n"
            + "Allergies: penicillin (hives)\n"
            + "Vitals: BP 146/88  Temp 37.2  Pain 3/10\n"
            + "Labs: troponin 0.04 ng/mL (H), urine culture negative\n"
            + "A/P: no pneumonia. Mother with breast cancer. s/p left knee arthroscopy.";

    private final EntriesJsonReader reader = new EntriesJsonReader();
    private final EntriesJsonWriter lines = EntriesJsonWriter.jsonLines();

    @Test
    void everyKindSurvivesWriteThenRead() {
        ClinicalDocument doc = noteWithEveryKind();
        ClinicalDocument again = reader.read(lines.toJson(doc));
        assertEquals(doc, again);
        for (int i = 0; i < doc.entries().size(); i++) {
            assertEquals(doc.entries().get(i), again.entries().get(i), "entry " + i);
        }
        assertEquals(doc, reader.read(EntriesJsonWriter.pretty().toJson(doc)));
    }

    @Test
    void sourceFileSurvivesWriteThenRead() {
        DocumentSource scan = new DocumentSource(DocumentSource.Kind.SCAN, "image/tiff", "ab".repeat(32), 48_213,
                Optional.of("intake-0042.tif"));
        ClinicalDocument doc = noteWithEveryKind().withSource(scan);
        String json = lines.toJson(doc);
        assertTrue(json.contains("\"source\":{\"kind\":\"scan\",\"mediaType\":\"image/tiff\",\"sha256\":\""
                + "ab".repeat(32) + "\",\"size\":48213,\"fileName\":\"intake-0042.tif\"}"), json);
        assertEquals(doc, reader.read(json));
        assertEquals(Optional.empty(), reader.read(lines.toJson(noteWithEveryKind())).source());
    }

    @Test
    void attributesAreWrittenWithFormatNames() {
        String json = lines.toJson(noteWithEveryKind());
        assertTrue(json.startsWith("{\"schema\":\"clinscribe.entries/v1\",\"id\":\"note-rt\""), json);
        assertTrue(json.contains("\"attributes\":{\"drug\":\"nitroglycerin\",\"strength\":{\"value\":0.4,\"unit\":\"mg\"},"
                + "\"route\":\"sublingual\",\"frequency\":{\"frequency\":1,\"period\":5,\"periodUnit\":\"min\"},"
                + "\"asNeeded\":true,\"asNeededFor\":\"chest pain\"}"), json);
        assertTrue(json.contains("\"dose\":{\"value\":2,\"unit\":\"{puff}\"},\"form\":\"HFA\",\"route\":\"inhalation\","
                + "\"frequency\":{\"frequency\":1,\"period\":4,\"periodUnit\":\"h\",\"periodMax\":6},\"asNeeded\":true,"
                + "\"asNeededFor\":\"wheeze\",\"duration\":{\"value\":7,\"unit\":\"d\"}"), json);
        assertTrue(json.contains("\"attributes\":{\"name\":\"blood_pressure\",\"systolic\":146,\"diastolic\":88,\"unit\":\"mm[Hg]\"}"), json);
        // pain score has no unit: left out, not written empty
        assertTrue(json.contains("\"attributes\":{\"name\":\"pain_score\",\"value\":3}"), json);
        assertTrue(json.contains("\"attributes\":{\"name\":\"troponin\",\"value\":0.04,\"unit\":\"ng/mL\",\"interpretation\":\"H\"}"), json);
        assertTrue(json.contains("\"attributes\":{\"name\":\"urine culture\",\"value\":\"negative\"}"), json);
        assertTrue(json.contains("\"attributes\":{\"substance\":\"penicillin\",\"reaction\":\"hives\"}"), json);
        assertTrue(json.contains("\"attributes\":{\"bodySite\":\"left knee\"}"), json);
        assertTrue(json.contains("\"subject\":\"family_member\""), json);
        assertTrue(json.contains("\"needsReview\":true,\"reviewReasons\":[\"low_confidence\"]"), json);
        assertTrue(json.contains("\"provenance\":{\"span\":{\"begin\":"), json);
        assertTrue(json.contains("\"audio\":{\"startMs\":1200,\"endMs\":2450}"), json);
        assertTrue(json.contains("\"page\":{\"page\":2,\"box\":[10,20,300,44]}"), json);
        assertTrue(json.contains("\"sections\":[{\"name\":\"medications\",\"heading\":\"Medications:\",\"begin\":0,\"end\":"), json);
        assertFalse(json.contains("\n"), "JSON Lines output must be one line");
    }

    @Test
    void decimalsAreWrittenPlainAsTheyWereMeasured() {
        String text = "Temp 37.0 weight 120 kg tiny 0.0000001 big 1E+3 dose 0.4";
        List<Entry> entries = List.of(
                vital(text, "Temp 37.0", VitalSignType.BODY_TEMPERATURE, new BigDecimal("37.0"), "Cel"),
                vital(text, "weight 120 kg", VitalSignType.BODY_WEIGHT, new BigDecimal("120"), "kg"),
                vital(text, "tiny 0.0000001", VitalSignType.BODY_WEIGHT, new BigDecimal("0.0000001"), "kg"),
                vital(text, "dose 0.4", VitalSignType.BODY_WEIGHT, new BigDecimal("4E-1"), "kg"));
        ClinicalDocument doc = new ClinicalDocument("numbers", text, List.of(), entries, List.of());
        String json = lines.toJson(doc);
        assertTrue(json.contains("\"value\":37.0,"), json);
        assertTrue(json.contains("\"value\":120,"), json);
        assertTrue(json.contains("\"value\":0.0000001,"), json);
        assertTrue(json.contains("\"value\":0.4,"), json);
        assertFalse(json.contains("E-"), json);
        assertFalse(json.contains("120.0"), json);
        assertEquals(doc, reader.read(json));
    }

    @Test
    void failedDocumentKeepsItsProblems() {
        ClinicalDocument failed = ClinicalDocument.failed("scan-007",
                ProcessingProblem.error("unreadable_image", "page 1 could not be decoded"));
        ClinicalDocument withWarning = new ClinicalDocument("note-2", "BP 120/80", List.of(), List.of(),
                List.of(ProcessingProblem.warning("no_sections", "no section headings found")));
        String json = lines.toJson(failed);
        assertTrue(json.contains("\"problems\":[{\"severity\":\"error\",\"code\":\"unreadable_image\","
                + "\"message\":\"page 1 could not be decoded\"}]"), json);
        ClinicalDocument again = reader.read(json);
        assertEquals(failed, again);
        assertTrue(again.failed());
        assertEquals(withWarning, reader.read(lines.toJson(withWarning)));
    }

    @Test
    void jsonLinesThroughWriterAndStream() throws Exception {
        ClinicalDocument first = noteWithEveryKind();
        ClinicalDocument second = new ClinicalDocument("note-2", "No known drug allergies.", List.of(), List.of(), List.of());
        StringWriter out = new StringWriter();
        lines.write(first, out);
        lines.write(second, out);
        String text = out.toString();
        assertEquals(2, text.lines().count());
        List<ClinicalDocument> read = new ArrayList<>();
        try (EntriesJsonReader.DocumentLines docs = reader.lines(new StringReader(text + "\n\n"))) {
            docs.forEachRemaining(read::add);
        }
        assertEquals(List.of(first, second), read);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        lines.write(first, bytes);
        assertEquals(first, reader.read(bytes.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void nonAsciiTextAndOffsetsSurvive() {
        String text = "Pt c/o épigastric pain — 2 days; temp 38.5 °C";
        Entry pain = new Problem(Mention.at(text, find(text, "épigastric pain")), Optional.empty());
        ClinicalDocument doc = new ClinicalDocument("utf", text, List.of(), List.of(pain), List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            lines.write(doc, bytes);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(doc, reader.read(bytes.toString(StandardCharsets.UTF_8)));
    }

    static Span find(String text, String phrase) {
        int at = text.indexOf(phrase);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + phrase);
        }
        return new Span(at, at + phrase.length());
    }

    private static VitalSign vital(String text, String phrase, VitalSignType type, BigDecimal value, String unit) {
        return VitalSign.measured(Mention.at(text, find(text, phrase)), type, value, unit);
    }

    static ClinicalDocument noteWithEveryKind() {
        String t = NOTE;
        List<Entry> entries = new ArrayList<>();
        Mention ntg = Mention.at(t, find(t, "nitroglycerin 0.4 mg SL q5min prn chest pain"))
                .withCodes(List.of(Code.rxnorm("4917")));
        entries.add(new Medication(ntg, "nitroglycerin", Optional.of(Quantity.of("0.4", "mg")), Optional.empty(),
                Optional.empty(), Optional.of(Route.SUBLINGUAL), Optional.of(Timing.of(1, 5, "min")), Optional.of(true),
                Optional.of("chest pain"), Optional.empty()));
        Mention albuterol = new Mention("albuterol HFA 2 puffs q4-6h prn wheeze x 7 days",
                io.clinscribe.record.Provenance.of(find(t, "albuterol HFA 2 puffs q4-6h prn wheeze x 7 days"))
                        .withAudio(new AudioRange(1200, 2450)),
                Assertion.PRESENT, List.of(Code.rxnorm("435")), Optional.of(Section.MEDICATIONS), 0.72, List.of());
        entries.add(new Medication(albuterol.withReviewReason("low_confidence"), "albuterol", Optional.empty(),
                Optional.of(Quantity.of("2", "{puff}")), Optional.of("HFA"), Optional.of(Route.INHALATION),
                Optional.of(new Timing(1, new BigDecimal("4"), Optional.of(new BigDecimal("6")), "h")),
                Optional.of(true), Optional.of("wheeze"), Optional.of(Quantity.of("7", "d"))));
        entries.add(new Allergy(Mention.at(t, find(t, "penicillin (hives)")), "penicillin", Optional.of("hives")));
        Mention bp = Mention.at(t, find(t, "BP 146/88"));
        bp = bp.withProvenance(bp.provenance().withPage(new PageRegion(2, 10, 20, 300, 44)))
                .withCodes(List.of(Code.loinc("85354-9", "Blood pressure panel"), Code.loinc("8480-6", ""),
                        Code.loinc("8462-4", "")));
        entries.add(VitalSign.bloodPressure(bp, new BigDecimal("146"), new BigDecimal("88")));
        entries.add(VitalSign.measured(Mention.at(t, find(t, "Temp 37.2")), VitalSignType.BODY_TEMPERATURE,
                new BigDecimal("37.2"), "Cel"));
        entries.add(VitalSign.measured(Mention.at(t, find(t, "Pain 3")), VitalSignType.PAIN_SCORE, new BigDecimal("3"), ""));
        entries.add(new LabResult(Mention.at(t, find(t, "troponin 0.04 ng/mL")), "troponin",
                Optional.of(new BigDecimal("0.04")), Optional.empty(), Optional.of("ng/mL"),
                Optional.of(LabInterpretation.HIGH)));
        entries.add(new LabResult(Mention.at(t, find(t, "urine culture negative")), "urine culture", Optional.empty(),
                Optional.of("negative"), Optional.empty(), Optional.empty()));
        entries.add(new Problem(Mention.at(t, find(t, "pneumonia")).withAssertion(Assertion.PRESENT.withNegated(true))
                .withCodes(List.of(Code.snomed("233604007"))), Optional.empty()));
        entries.add(new Problem(Mention.at(t, find(t, "breast cancer"))
                .withAssertion(Assertion.PRESENT.withSubject(Subject.FAMILY_MEMBER)), Optional.of("breast")));
        entries.add(new Procedure(Mention.at(t, find(t, "left knee arthroscopy"))
                .withAssertion(Assertion.PRESENT.withHistorical(true)), Optional.of("left knee")));
        List<Section> sections = List.of(
                new Section(Section.MEDICATIONS, "Medications:", new Span(0, t.indexOf("Allergies:"))),
                new Section(Section.ALLERGIES, "Allergies:", new Span(t.indexOf("Allergies:"), t.indexOf("Vitals:"))));
        return new ClinicalDocument("note-rt", t, sections, entries, List.of());
    }
}

package io.clinscribe.json;

import io.clinscribe.record.Assertion;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.Code;
import io.clinscribe.record.LabResult;
import io.clinscribe.record.Medication;
import io.clinscribe.record.Problem;
import io.clinscribe.record.Quantity;
import io.clinscribe.record.Route;
import io.clinscribe.record.Span;
import io.clinscribe.record.Subject;
import io.clinscribe.record.Timing;
import io.clinscribe.record.VitalSign;
import io.clinscribe.record.VitalSignType;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntriesJsonReaderTest {

    private static final String TEXT = "Medications: metoprolol tartrate 25 mg PO BID; lisinopril 10 mg daily.";

    private final EntriesJsonReader reader = new EntriesJsonReader();

    /** The shape of FORMAT.md's example, pretty-printed, with offsets that fit our own text. */
    @Test
    void readsAGoldDocumentInTheFormatExampleShape() {
        String json = """
                {
                  "id": "note-017",
                  "text": "%s",
                  "entries": [
                    {
                      "kind": "medication",
                      "begin": 13, "end": 45,
                      "text": "metoprolol tartrate 25 mg PO BID",
                      "assertion": {"negated": false, "uncertain": false, "hypothetical": false,
                                    "historical": false, "subject": "patient"},
                      "codes": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "6918"}],
                      "attributes": {
                        "drug": "metoprolol tartrate",
                        "strength": {"value": 25, "unit": "mg"},
                        "route": "oral",
                        "frequency": {"frequency": 2, "period": 1, "periodUnit": "d"},
                        "asNeeded": false
                      }
                    }
                  ]
                }
                """.formatted(TEXT);
        ClinicalDocument doc = reader.read(json);
        assertEquals("note-017", doc.id());
        assertEquals(TEXT, doc.text());
        assertTrue(doc.sections().isEmpty());
        assertTrue(doc.problems().isEmpty());
        Medication m = (Medication) doc.entries().get(0);
        assertEquals(new Span(13, 45), m.span());
        assertEquals("metoprolol tartrate 25 mg PO BID", m.span().of(TEXT));
        assertEquals(Assertion.PRESENT, m.assertion());
        assertEquals(List.of(Code.rxnorm("6918")), m.codes());
        assertEquals("metoprolol tartrate", m.drug());
        assertEquals(Optional.of(Quantity.of("25", "mg")), m.strength());
        assertEquals(Optional.of(Route.ORAL), m.route());
        assertEquals(Optional.of(Timing.of(2, 1, "d")), m.frequency());
        assertEquals(Optional.of(false), m.asNeeded());
        assertEquals(Optional.empty(), m.dose());
        assertEquals(1.0, m.mention().confidence());
        assertFalse(m.needsReview());
        assertEquals(Optional.empty(), m.mention().section());
    }

    @Test
    void missingOptionalFieldsTakeTheirDefaultsAndUnknownFieldsAreIgnored() {
        String json = "{\"id\":\"n1\",\"text\":\"" + TEXT + "\",\"entries\":["
                + "{\"kind\":\"medication\",\"begin\":47,\"end\":57,\"attributes\":{\"drug\":\"lisinopril\"},"
                + "\"anafora\":{\"id\":\"3@e\"}},"
                + "{\"kind\":\"problem\",\"begin\":0,\"end\":11,\"assertion\":{\"negated\":true},\"section\":null,"
                + "\"codes\":null}]}";
        ClinicalDocument doc = reader.read(json);
        Medication bare = (Medication) doc.entries().get(0);
        assertEquals(Medication.named(bare.mention(), "lisinopril"), bare);
        assertEquals("lisinopril", bare.mention().text(), "text taken from the span when absent");
        Problem p = (Problem) doc.entries().get(1);
        assertEquals(new Assertion(true, false, false, false, Subject.PATIENT), p.assertion());
        assertEquals(Optional.empty(), p.bodySite());
        assertTrue(p.codes().isEmpty());
    }

    @Test
    void decimalsKeepTheirWrittenScaleAndLabValuesTheirType() {
        String text = "K 4.0, WBC 12, UA protein trace, BMI 31.50";
        String json = "{\"id\":\"n\",\"text\":\"" + text + "\",\"entries\":["
                + "{\"kind\":\"lab_result\",\"begin\":0,\"end\":5,\"attributes\":{\"name\":\"K\",\"value\":4.0}},"
                + "{\"kind\":\"lab_result\",\"begin\":7,\"end\":13,\"attributes\":{\"name\":\"WBC\",\"value\":12}},"
                + "{\"kind\":\"lab_result\",\"begin\":15,\"end\":31,\"attributes\":{\"name\":\"UA protein\",\"value\":\"trace\"}},"
                + "{\"kind\":\"vital_sign\",\"begin\":33,\"end\":42,\"attributes\":{\"name\":\"bmi\",\"value\":31.50,\"unit\":\"kg/m2\"}}"
                + "]}";
        ClinicalDocument doc = reader.read(json);
        LabResult k = (LabResult) doc.entries().get(0);
        assertEquals(Optional.of(new BigDecimal("4.0")), k.numericValue(), "scale kept, 4.0 not 4");
        assertEquals(Optional.of(new BigDecimal("12")), ((LabResult) doc.entries().get(1)).numericValue());
        LabResult protein = (LabResult) doc.entries().get(2);
        assertEquals(Optional.empty(), protein.numericValue());
        assertEquals(Optional.of("trace"), protein.textValue());
        VitalSign bmi = (VitalSign) doc.entries().get(3);
        assertEquals(VitalSignType.BMI, bmi.type());
        assertEquals(Optional.of(new BigDecimal("31.50")), bmi.value());
        String written = EntriesJsonWriter.jsonLines().toJson(doc);
        assertTrue(written.contains("\"value\":4.0,") || written.contains("\"value\":4.0}"), written);
        assertTrue(written.contains("\"value\":31.50"), written);
        assertEquals(doc, reader.read(written));
    }

    @Test
    void wholeNumbersWrittenAsDecimalsAndAByteOrderMarkAreAccepted() {
        String line = "\uFEFF{\"id\":\"a\",\"text\":\"HTN\",\"entries\":[{\"kind\":\"problem\",\"begin\":0.0,\"end\":3.0}]}\n";
        EntriesJsonReader.DocumentLines lines = reader.lines(new StringReader(line));
        assertEquals(new Span(0, 3), lines.next().entries().get(0).span());
        EntriesFormatException e = assertThrows(EntriesFormatException.class, () -> reader.read(
                "{\"id\":\"a\",\"text\":\"HTN\",\"entries\":[{\"kind\":\"problem\",\"begin\":0.5,\"end\":3}]}"));
        assertEquals("document a: entries[0].begin: expected an integer, found a number", e.getMessage());
    }

    @Test
    void jsonLinesErrorsNameTheLine() {
        String good = "{\"id\":\"a\",\"text\":\"HTN\",\"entries\":[{\"kind\":\"problem\",\"begin\":0,\"end\":3}]}";
        String input = good + "\n\n{\"id\":\"b\",\"text\":\"metoprolol 25 mg\",\"entries\":[{\"kind\":\"medic\n" + good + "\n";
        List<ClinicalDocument> read = new ArrayList<>();
        EntriesJsonReader.DocumentLines lines = reader.lines(new StringReader(input));
        read.add(lines.next());
        EntriesFormatException e = assertThrows(EntriesFormatException.class, lines::next);
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("line 3: truncated JSON"), e.getMessage());
        assertFalse(e.getMessage().contains("metoprolol"), "no patient text in errors: " + e.getMessage());
        // the reader carries on with the next line
        read.add(lines.next());
        assertFalse(lines.hasNext());
        assertEquals(2, read.size());
        assertEquals(4, lines.lineNumber());
    }

    @Test
    void malformedJsonIsReportedWithItsColumn() {
        EntriesFormatException e = assertThrows(EntriesFormatException.class,
                () -> reader.lines(new StringReader("{\"id\": \"x\", \"text\": metoprolol}\n")).next());
        assertEquals(1, e.line());
        assertTrue(e.getMessage().matches("line 1: malformed JSON at column \\d+"), e.getMessage());
        assertThrows(EntriesFormatException.class, () -> reader.read("{\"id\":\"x\",\"text\":\"\"} {\"id\":\"y\"}"),
                "two documents on one line");
        assertThrows(EntriesFormatException.class, () -> reader.read("   "));
        assertThrows(EntriesFormatException.class, () -> reader.read("[1, 2]"));
    }

    @Test
    void semanticErrorsNameTheDocumentAndField() {
        String doc = "{\"id\":\"n9\",\"text\":\"" + TEXT + "\",\"entries\":[%s]}";
        assertError(doc.formatted("{\"kind\":\"problem\",\"begin\":\"13\",\"end\":20}"),
                "document n9: entries[0].begin: expected an integer, found a string");
        assertError(doc.formatted("{\"kind\":\"medicine\",\"begin\":13,\"end\":20}"),
                "document n9: entries[0].kind: unknown entry kind: medicine");
        assertError(doc.formatted("{\"kind\":\"medication\",\"begin\":13,\"end\":20,\"attributes\":{\"drug\":\"m\",\"route\":\"PO\"}}"),
                "document n9: entries[0].attributes.route: unknown route: PO");
        assertError(doc.formatted("{\"kind\":\"medication\",\"begin\":13,\"end\":20,\"attributes\":{}}"),
                "document n9: entries[0].attributes.drug: required field is missing");
        assertError(doc.formatted("{\"kind\":\"medication\",\"begin\":13,\"end\":20,\"attributes\":{\"drug\":\"m\","
                        + "\"strength\":{\"value\":\"25\",\"unit\":\"mg\"}}}"),
                "document n9: entries[0].attributes.strength.value: expected a number, found a string");
        assertError(doc.formatted("{\"kind\":\"vital_sign\",\"begin\":13,\"end\":20,\"attributes\":{\"name\":\"blood_pressure\","
                        + "\"systolic\":120}}"),
                "document n9: entries[0].attributes.systolic: a blood_pressure needs systolic and diastolic");
        assertError(doc.formatted("{\"kind\":\"problem\",\"begin\":60,\"end\":90}"),
                "document n9: entries[0].end: span [60, 90) runs past the end of the text (70 chars)");
        assertError(doc.formatted("{\"kind\":\"problem\",\"begin\":20,\"end\":10}"),
                "document n9: entries[0].end: invalid span [20, 10)");
        assertError(doc.formatted("{\"kind\":\"problem\",\"begin\":0,\"end\":3,\"assertion\":{\"subject\":\"sister\"}}"),
                "document n9: entries[0].assertion.subject: unknown subject: sister");
        assertError(doc.formatted("{\"kind\":\"medication\",\"begin\":13,\"end\":20,\"attributes\":{\"drug\":\"m\","
                        + "\"frequency\":{\"frequency\":0,\"period\":1,\"periodUnit\":\"d\"}}}"),
                "document n9: entries[0]: frequency must be positive: 0");
        assertError("{\"text\":\"x\"}", "id: required field is missing");
        assertError("{\"schema\":\"clinscribe.entries/v2\",\"id\":\"a\",\"text\":\"x\"}",
                "schema: unsupported schema, expected clinscribe.entries/v1");
    }

    private void assertError(String json, String message) {
        EntriesFormatException e = assertThrows(EntriesFormatException.class, () -> reader.read(json));
        assertEquals(message, e.getMessage());
        assertEquals(0, e.line());
    }
}

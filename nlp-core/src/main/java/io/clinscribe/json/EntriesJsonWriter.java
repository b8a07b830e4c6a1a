package io.clinscribe.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.clinscribe.record.Assertion;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.DocumentSource;
import io.clinscribe.record.Code;
import io.clinscribe.record.Entry;
import io.clinscribe.record.Mention;
import io.clinscribe.record.PageRegion;
import io.clinscribe.record.ProcessingProblem;
import io.clinscribe.record.Provenance;
import io.clinscribe.record.Section;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Writes a {@link ClinicalDocument} as {@code clinscribe.entries/v1} JSON with Jackson's streaming generator,
 * so a long document never exists twice in memory. Numbers are written from their {@code BigDecimal} as
 * plain decimals (0.4, never 4E-1). Immutable and thread-safe; build one and share it.
 */
public final class EntriesJsonWriter {

    public static final String SCHEMA = "clinscribe.entries/v1";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final boolean pretty;

    private EntriesJsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /** Indented output for people: one document per write. */
    public static EntriesJsonWriter pretty() {
        return new EntriesJsonWriter(true);
    }

    /** JSON Lines: each document on one line followed by a newline. */
    public static EntriesJsonWriter jsonLines() {
        return new EntriesJsonWriter(false);
    }

    /**
     * Fields a capability adds to the document after the standard ones: a dictation's transcript and word
     * timings, a scan's pages. Written with the same generator, so they stream too.
     */
    @FunctionalInterface
    public interface ExtraFields {
        ExtraFields NONE = json -> { };

        void write(JsonGenerator json) throws IOException;
    }

    public void write(ClinicalDocument document, Writer out) throws IOException {
        write(document, ExtraFields.NONE, out);
    }

    /** Writes the document followed by {@code extra} fields, then a newline. */
    public void write(ClinicalDocument document, ExtraFields extra, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(document, extra, json);
        }
        out.write('\n');
        out.flush();
    }

    /** Writes UTF-8 to {@code out}; the stream is flushed, not closed. */
    public void write(ClinicalDocument document, OutputStream out) throws IOException {
        write(document, ExtraFields.NONE, out);
    }

    /** Writes UTF-8 to {@code out}, the document followed by {@code extra} fields; flushed, not closed. */
    public void write(ClinicalDocument document, ExtraFields extra, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(document, extra, json);
        }
        out.write('\n');
        out.flush();
    }

    /** The document as a JSON string, without a trailing newline. */
    public String toJson(ClinicalDocument document) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(document, ExtraFields.NONE, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void write(ClinicalDocument document, ExtraFields extra, JsonGenerator json) throws IOException {
        if (pretty) {
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
        }
        json.writeStartObject();
        json.writeStringField("schema", SCHEMA);
        json.writeStringField("id", document.id());
        json.writeStringField("text", document.text());
        json.writeArrayFieldStart("sections");
        for (Section s : document.sections()) {
            json.writeStartObject();
            json.writeStringField("name", s.name());
            json.writeStringField("heading", s.heading());
            json.writeNumberField("begin", s.span().begin());
            json.writeNumberField("end", s.span().end());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("entries");
        for (Entry e : document.entries()) {
            writeEntry(e, json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("problems");
        for (ProcessingProblem p : document.problems()) {
            json.writeStartObject();
            json.writeStringField("severity", p.severity().name().toLowerCase(Locale.ROOT));
            json.writeStringField("code", p.code());
            json.writeStringField("message", p.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (document.source().isPresent()) {
            writeSource(document.source().get(), json);
        }
        extra.write(json);
        json.writeEndObject();
    }

    private static void writeSource(DocumentSource source, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("source");
        json.writeStringField("kind", source.kind().code());
        json.writeStringField("mediaType", source.mediaType());
        json.writeStringField("sha256", source.sha256());
        json.writeNumberField("size", source.sizeBytes());
        if (source.fileName().isPresent()) {
            json.writeStringField("fileName", source.fileName().get());
        }
        json.writeEndObject();
    }

    private static void writeEntry(Entry entry, JsonGenerator json) throws IOException {
        Mention m = entry.mention();
        json.writeStartObject();
        json.writeStringField("kind", entry.kind().code());
        json.writeNumberField("begin", m.span().begin());
        json.writeNumberField("end", m.span().end());
        json.writeStringField("text", m.text());
        writeAssertion(m.assertion(), json);
        json.writeArrayFieldStart("codes");
        for (Code c : m.codes()) {
            json.writeStartObject();
            json.writeStringField("system", c.system());
            json.writeStringField("code", c.code());
            if (!c.display().isEmpty()) {
                json.writeStringField("display", c.display());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("attributes");
        EntryAttributes.write(entry, json);
        json.writeEndObject();
        // BigDecimal.valueOf keeps the shortest decimal of the double and, written plain, never an exponent
        json.writeNumberField("confidence", BigDecimal.valueOf(m.confidence()));
        json.writeBooleanField("needsReview", m.needsReview());
        json.writeArrayFieldStart("reviewReasons");
        for (String reason : m.reviewReasons()) {
            json.writeString(reason);
        }
        json.writeEndArray();
        if (m.section().isPresent()) {
            json.writeStringField("section", m.section().get());
        }
        writeProvenance(m.provenance(), json);
        json.writeEndObject();
    }

    private static void writeAssertion(Assertion a, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("assertion");
        json.writeBooleanField("negated", a.negated());
        json.writeBooleanField("uncertain", a.uncertain());
        json.writeBooleanField("hypothetical", a.hypothetical());
        json.writeBooleanField("historical", a.historical());
        json.writeStringField("subject", a.subject().code());
        json.writeEndObject();
    }

    private static void writeProvenance(Provenance p, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("provenance");
        json.writeObjectFieldStart("span");
        json.writeNumberField("begin", p.span().begin());
        json.writeNumberField("end", p.span().end());
        json.writeEndObject();
        if (p.audio().isPresent()) {
            json.writeObjectFieldStart("audio");
            json.writeNumberField("startMs", p.audio().get().startMillis());
            json.writeNumberField("endMs", p.audio().get().endMillis());
            json.writeEndObject();
        }
        if (p.page().isPresent()) {
            PageRegion r = p.page().get();
            json.writeObjectFieldStart("page");
            json.writeNumberField("page", r.page());
            json.writeArrayFieldStart("box");
            json.writeNumber(r.x0());
            json.writeNumber(r.y0());
            json.writeNumber(r.x1());
            json.writeNumber(r.y1());
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}

package io.clinscribe.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.clinscribe.record.Assertion;
import io.clinscribe.record.AudioRange;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.DocumentSource;
import io.clinscribe.record.Code;
import io.clinscribe.record.Entry;
import io.clinscribe.record.EntryKind;
import io.clinscribe.record.Mention;
import io.clinscribe.record.PageRegion;
import io.clinscribe.record.ProcessingProblem;
import io.clinscribe.record.Provenance;
import io.clinscribe.record.Section;
import io.clinscribe.record.Span;
import io.clinscribe.record.Subject;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads {@code clinscribe.entries/v1} documents: our own output and gold files, which lack our extra fields
 * (sections, confidence, provenance, problems ...); whatever is missing takes its default. Unknown fields are
 * ignored. Numbers keep the decimal they were written with (1.0 stays 1.0). JSON Lines are read one line at
 * a time, so memory stays flat; a bad line fails with an {@link EntriesFormatException} naming its number.
 * Immutable and thread-safe.
 */
public final class EntriesJsonReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            // keeps patient text out of parse error messages
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** Reads one document. */
    public ClinicalDocument read(String json) {
        return document(parse(json, 0), 0);
    }

    /** Reads one document from a reader, which is left open. */
    public ClinicalDocument read(Reader json) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = json.read(buffer)) >= 0; ) {
            text.append(buffer, 0, n);
        }
        return read(text.toString());
    }

    /** The documents of a JSON Lines input, one per non-blank line; close it to close {@code in}. */
    public DocumentLines lines(Reader in) {
        return new DocumentLines(in instanceof BufferedReader b ? b : new BufferedReader(in));
    }

    public DocumentLines lines(Path file) throws IOException {
        return lines(Files.newBufferedReader(file, StandardCharsets.UTF_8));
    }

    /** The documents of a JSON Lines file as a lazy stream; close the stream to close the file. */
    public Stream<ClinicalDocument> stream(Path file) throws IOException {
        DocumentLines lines = lines(file);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(lines::closeQuietly);
    }

    /** Every document of a JSON Lines file, for files small enough to hold (gold sets). */
    public List<ClinicalDocument> readAll(Path file) throws IOException {
        List<ClinicalDocument> documents = new ArrayList<>();
        try (DocumentLines lines = lines(file)) {
            lines.forEachRemaining(documents::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return documents;
    }

    /** An iterator over the documents of a JSON Lines input. Not thread-safe. */
    public final class DocumentLines implements Iterator<ClinicalDocument>, Closeable {

        private final BufferedReader in;
        private int lineNumber;
        private String pending;

        private DocumentLines(BufferedReader in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            try {
                while (pending == null) {
                    String line = in.readLine();
                    if (line == null) {
                        return false;
                    }
                    lineNumber++;
                    if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1); // a byte order mark left by some editors
                    }
                    if (!line.isBlank()) {
                        pending = line;
                    }
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("reading line " + (lineNumber + 1), e);
            }
        }

        /** @throws EntriesFormatException naming the line when it does not hold a valid document */
        @Override
        public ClinicalDocument next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String line = pending;
            pending = null;
            return document(parse(line, lineNumber), lineNumber);
        }

        /** The number of the line last read (1-based). */
        public int lineNumber() {
            return lineNumber;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        private void closeQuietly() {
            try {
                close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static JsonNode parse(String json, int line) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new EntriesFormatException("empty input, expected a JSON object", line, null);
            }
            return node;
        } catch (JsonEOFException e) {
            throw new EntriesFormatException("truncated JSON: unexpected end of input", line, e);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : (line > 0 ? " at column " + at.getColumnNr()
                    : " at line " + at.getLineNr() + ", column " + at.getColumnNr());
            throw new EntriesFormatException("malformed JSON" + where, line, e);
        }
    }

    private static ClinicalDocument document(JsonNode node, int line) {
        try {
            JsonFields doc = JsonFields.of(node, "");
            Optional<String> schema = doc.text("schema");
            if (schema.isPresent() && !schema.get().equals(EntriesJsonWriter.SCHEMA)) {
                throw doc.invalid("schema", "unsupported schema, expected " + EntriesJsonWriter.SCHEMA);
            }
            String id = doc.requiredText("id");
            try {
                return document(doc, id);
            } catch (EntriesFormatException e) {
                throw new EntriesFormatException("document " + id + ": " + e.getMessage(), line, e.getCause());
            }
        } catch (EntriesFormatException e) {
            throw e.atLine(line);
        }
    }

    private static ClinicalDocument document(JsonFields doc, String id) {
        String text = doc.text("text").orElse("");
        List<Section> sections = new ArrayList<>();
        List<JsonNode> sectionNodes = doc.array("sections");
        for (int i = 0; i < sectionNodes.size(); i++) {
            JsonFields s = JsonFields.of(sectionNodes.get(i), "sections[" + i + "]");
            sections.add(new Section(s.requiredText("name"), s.text("heading").orElse(""), span(s, text)));
        }
        List<Entry> entries = new ArrayList<>();
        List<JsonNode> entryNodes = doc.array("entries");
        for (int i = 0; i < entryNodes.size(); i++) {
            String path = "entries[" + i + "]";
            try {
                entries.add(entry(JsonFields.of(entryNodes.get(i), path), text));
            } catch (IllegalArgumentException e) {
                // a value the record model refuses (a frequency of 0 ...): name the entry
                throw new EntriesFormatException(path + ": " + e.getMessage());
            }
        }
        List<ProcessingProblem> problems = new ArrayList<>();
        List<JsonNode> problemNodes = doc.array("problems");
        for (int i = 0; i < problemNodes.size(); i++) {
            JsonFields p = JsonFields.of(problemNodes.get(i), "problems[" + i + "]");
            ProcessingProblem.Severity severity = p.code("severity", p.requiredText("severity"),
                    s -> ProcessingProblem.Severity.valueOf(s.toUpperCase(Locale.ROOT)));
            problems.add(new ProcessingProblem(severity, p.requiredText("code"), p.text("message").orElse("")));
        }
        Optional<DocumentSource> source = doc.object("source").map(EntriesJsonReader::source);
        return new ClinicalDocument(id, text, sections, entries, problems, source);
    }

    private static DocumentSource source(JsonFields s) {
        DocumentSource.Kind kind = s.code("kind", s.requiredText("kind"), DocumentSource.Kind::fromCode);
        long size = s.longValue("size").orElseThrow(() -> s.missing("size"));
        try {
            return new DocumentSource(kind, s.requiredText("mediaType"), s.requiredText("sha256"), size,
                    s.text("fileName"));
        } catch (IllegalArgumentException e) {
            throw s.invalid("sha256", e.getMessage());
        }
    }

    private static Entry entry(JsonFields e, String documentText) {
        EntryKind kind = e.code("kind", e.requiredText("kind"), EntryKind::fromCode);
        Span span = span(e, documentText);
        Assertion assertion = e.object("assertion").map(EntriesJsonReader::assertion).orElse(Assertion.PRESENT);
        List<Code> codes = new ArrayList<>();
        List<JsonNode> codeNodes = e.array("codes");
        for (int i = 0; i < codeNodes.size(); i++) {
            JsonFields c = JsonFields.of(codeNodes.get(i), e.path("codes[" + i + "]"));
            codes.add(new Code(c.requiredText("system"), c.requiredText("code"), c.text("display").orElse("")));
        }
        List<String> reviewReasons = new ArrayList<>();
        List<JsonNode> reasonNodes = e.array("reviewReasons");
        for (int i = 0; i < reasonNodes.size(); i++) {
            if (!reasonNodes.get(i).isTextual()) {
                throw e.invalid("reviewReasons[" + i + "]", "expected a string");
            }
            reviewReasons.add(reasonNodes.get(i).textValue());
        }
        double confidence = e.doubleValue("confidence").orElse(1.0);
        if (confidence < 0 || confidence > 1) {
            throw e.invalid("confidence", "must be within [0, 1]");
        }
        String text = e.text("text").orElseGet(() -> span.of(documentText));
        Mention mention = new Mention(text, provenance(e, span), assertion, codes, e.text("section"), confidence,
                reviewReasons);
        JsonFields attributes = e.object("attributes").orElseGet(() -> JsonFields.of(
                JsonNodeFactory.instance.objectNode(), e.path("attributes")));
        return EntryAttributes.read(kind, mention, attributes);
    }

    private static Assertion assertion(JsonFields a) {
        Subject subject = a.text("subject").map(s -> a.code("subject", s, Subject::fromCode)).orElse(Subject.PATIENT);
        return new Assertion(a.bool("negated").orElse(false), a.bool("uncertain").orElse(false),
                a.bool("hypothetical").orElse(false), a.bool("historical").orElse(false), subject);
    }

    /** The span of an entry or section: its own begin/end, else (entries) those of provenance.span. */
    private static Span span(JsonFields f, String documentText) {
        JsonFields source = f;
        if (!f.has("begin") && !f.has("end")) {
            source = f.object("provenance").flatMap(p -> p.object("span")).orElse(f);
        }
        int begin = source.requiredInt("begin");
        int end = source.requiredInt("end");
        if (begin < 0 || end < begin) {
            throw source.invalid("end", "invalid span [" + begin + ", " + end + ")");
        }
        if (end > documentText.length()) {
            throw source.invalid("end", "span [" + begin + ", " + end + ") runs past the end of the text ("
                    + documentText.length() + " chars)");
        }
        return new Span(begin, end);
    }

    private static Provenance provenance(JsonFields e, Span span) {
        Optional<JsonFields> p = e.object("provenance");
        if (p.isEmpty()) {
            return Provenance.of(span);
        }
        Optional<AudioRange> audio = p.get().object("audio").map(a -> {
            long start = a.longValue("startMs").orElseThrow(() -> a.missing("startMs"));
            long end = a.longValue("endMs").orElseThrow(() -> a.missing("endMs"));
            if (start < 0 || end < start) {
                throw a.invalid("endMs", "invalid audio range");
            }
            return new AudioRange(start, end);
        });
        Optional<PageRegion> page = p.get().object("page").map(EntriesJsonReader::pageRegion);
        return new Provenance(span, audio, page);
    }

    private static PageRegion pageRegion(JsonFields r) {
        int page = r.requiredInt("page");
        List<JsonNode> box = r.array("box");
        if (box.size() != 4 || !box.stream().allMatch(n -> n.isIntegralNumber() && n.canConvertToInt())) {
            throw r.invalid("box", "expected four integers [x0, y0, x1, y1]");
        }
        int x0 = box.get(0).intValue(), y0 = box.get(1).intValue(), x1 = box.get(2).intValue(), y1 = box.get(3).intValue();
        if (page < 1 || x1 < x0 || y1 < y0) {
            throw r.invalid("box", "invalid page region");
        }
        return new PageRegion(page, x0, y0, x1, y1);
    }
}

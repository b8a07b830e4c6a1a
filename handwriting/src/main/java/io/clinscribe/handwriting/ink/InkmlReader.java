package io.clinscribe.handwriting.ink;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads W3C InkML (https://www.w3.org/TR/InkML/) into an {@link InkDocument}.
 *
 * <p>Ink comes from outside (pen software exports, e-mail), so the XML parser is locked down: a DOCTYPE is
 * refused outright, which rules out external entities (XXE) and entity expansion bombs alike, and nothing is
 * ever fetched from files or the network; references inside the ink must be local ({@code #id}). Sizes are
 * bounded (file bytes, points) so that a hostile file fails fast instead of exhausting memory.
 *
 * <p>Supported: {@code traceFormat} with X, Y, T, F in any order plus other channels (ignored), intermittent
 * channels, {@code orientation="-ve"}, T units of s/ms/us; the default format X Y; trace formats from
 * {@code <context>} (top-level or by {@code contextRef}), {@code <definitions>} or a bare top-level
 * {@code <traceFormat>}; difference encodings; {@code <timestamp>} with {@code time}, {@code timeString} or
 * {@code timestampRef}+{@code timeOffset}, T channels with {@code respectTo}, trace {@code timeOffset} and
 * {@code duration}. Not supported: {@code traceView}, canvas transforms, brushes (ink is rendered uniformly).
 *
 * <p>Immutable and thread-safe: each call builds its own parser.
 */
public final class InkmlReader {

    public static final String INKML_NAMESPACE = "http://www.w3.org/2003/InkML";
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    public static final int DEFAULT_MAX_POINTS = 1_000_000;
    /** Coordinates beyond this are not pen positions on any device; they would only make absurd pages. */
    static final double MAX_ABS_COORDINATE = 1e7;

    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    private static final int MAX_REFERENCE_DEPTH = 16;
    private static final int MAX_ELEMENT_DEPTH = 64;

    private final long maxBytes;
    private final int maxPoints;

    public InkmlReader() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_POINTS);
    }

    public InkmlReader(long maxBytes, int maxPoints) {
        if (maxBytes <= 0 || maxPoints <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxPoints = maxPoints;
    }

    public InkDocument read(Path file) throws InkInputException {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InkInputException(source + ": InkML file of " + size + " bytes is larger than the limit of "
                        + maxBytes + " bytes");
            }
            return read(Files.readAllBytes(file), source);
        } catch (NoSuchFileException e) {
            throw new InkInputException(source + ": no such file", e);
        } catch (IOException e) {
            throw new InkInputException(source + ": cannot read the file (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Reads InkML held in memory; {@code source} names it in messages and in the result. */
    public InkDocument read(byte[] content, String source) throws InkInputException {
        if (content.length > maxBytes) {
            throw new InkInputException(source + ": InkML of " + content.length + " bytes is larger than the limit of "
                    + maxBytes + " bytes");
        }
        Document document = parseXml(content, source);
        Element root = document.getDocumentElement();
        if (!isInk(root, "ink")) {
            throw new InkInputException(source + ": root element is <" + root.getTagName()
                    + ">, not InkML <ink> (namespace " + INKML_NAMESPACE + ")");
        }
        return new DocumentReading(source, root, maxPoints).read();
    }

    private static Document parseXml(byte[] content, String source) throws InkInputException {
        DocumentBuilder builder = secureBuilder();
        try {
            return builder.parse(new InputSource(new ByteArrayInputStream(content)));
        } catch (SAXParseException e) {
            String message = e.getMessage() != null ? e.getMessage() : "";
            String reason = message.contains("DOCTYPE")
                    ? "a DOCTYPE is not allowed in InkML (DTDs and entities are never resolved)"
                    : message.contains("maxElementDepth")
                    ? "elements nest deeper than " + MAX_ELEMENT_DEPTH + " levels"
                    : message.startsWith("JAXP")
                    ? "the XML exceeds a parser safety limit"
                    : "not well-formed XML";
            throw new InkInputException(source + ": " + reason + " (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ")", e);
        } catch (SAXException e) {
            throw new InkInputException(source + ": not readable as XML", e);
        } catch (IOException e) {
            throw new InkInputException(source + ": cannot read the XML", e);
        }
    }

    private static DocumentBuilder secureBuilder() {
        // The JDK's own parser, not whatever the classpath offers: an old Xerces comes in with dependencies and
        // knows neither the JAXP 1.5 access properties nor, in some versions, every hardening feature.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        try {
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // Ink nests a few levels (ink, traceGroup, trace); deep nesting is an attack on our recursion.
            factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(MAX_ELEMENT_DEPTH));
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Belt and braces: should anything still ask for an external resource, it gets nothing.
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(SILENT);
            return builder;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured securely", e);
        }
    }

    /** The default handler prints to stderr; errors reach us as exceptions anyway. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    static boolean isInk(Node node, String localName) {
        if (!(node instanceof Element element)) {
            return false;
        }
        String namespace = element.getNamespaceURI();
        String name = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
        return name.equals(localName) && (namespace == null || namespace.equals(INKML_NAMESPACE));
    }

    /** The state of reading one document; lives for one call. */
    private static final class DocumentReading {
        private final String source;
        private final Element root;
        private final int maxPoints;
        private final Map<String, Element> byId = new HashMap<>();
        private final List<PendingTrace> traces = new ArrayList<>();
        private final List<InkTraceGroup> groups = new ArrayList<>();
        private final Set<String> traceIds = new HashSet<>();
        private int pointCount;
        private Context current;

        DocumentReading(String source, Element root, int maxPoints) {
            this.source = source;
            this.root = root;
            this.maxPoints = maxPoints;
        }

        InkDocument read() throws InkInputException {
            indexIds(root);
            current = DEFAULT_CONTEXT;
            for (Element child : children(root)) {
                if (isInk(child, "context")) {
                    // In the ink stream a context changes the current one: what it leaves out stays as it was.
                    current = resolveContext(child, current, 0);
                } else if (isInk(child, "traceFormat")) {
                    current = new Context(resolveFormat(child), current.timestamp());
                } else if (isInk(child, "trace")) {
                    readTrace(child, current);
                } else if (isInk(child, "traceGroup")) {
                    List<String> ids = new ArrayList<>();
                    readGroup(child, current, ids);
                    String id = id(child) != null ? id(child) : "group-" + (groups.size() + 1);
                    groups.add(new InkTraceGroup(id, truthLabel(child), ids));
                }
            }
            if (traces.isEmpty()) {
                throw new InkInputException(source + ": the InkML has no traces");
            }
            return assemble();
        }

        private void indexIds(Element element) {
            String id = id(element);
            if (id != null) {
                byId.putIfAbsent(id, element);
            }
            for (Element child : children(element)) {
                indexIds(child);
            }
        }

        private void readGroup(Element group, Context inherited, List<String> ids) throws InkInputException {
            Context context = group.hasAttribute("contextRef")
                    ? resolveContext(reference(group, "contextRef", "context"), DEFAULT_CONTEXT, 0) : inherited;
            for (Element child : children(group)) {
                if (isInk(child, "trace")) {
                    ids.add(readTrace(child, context));
                } else if (isInk(child, "traceGroup")) {
                    readGroup(child, context, ids);
                }
            }
        }

        private String readTrace(Element trace, Context inherited) throws InkInputException {
            int number = traces.size() + 1;
            Context context = trace.hasAttribute("contextRef")
                    ? resolveContext(reference(trace, "contextRef", "context"), DEFAULT_CONTEXT, 0) : inherited;
            InkTraceFormat format = context.format();
            List<double[]> rows;
            String text = trace.getTextContent();
            try {
                rows = TraceTextParser.parse(text, format.regular().size(), format.intermittent().size(),
                        maxPoints - pointCount);
            } catch (TraceTextParser.TraceSyntaxException e) {
                String swapped = TraceTextParser.swappedSeparators(text, format.channelCount());
                if (swapped != null) {
                    try {
                        return addTrace(trace, number, context, TraceTextParser.parse(swapped, 2, 0, maxPoints - pointCount));
                    } catch (TraceTextParser.TraceSyntaxException ignored) {
                        // report the problem with the text as written
                    }
                }
                throw new InkInputException(source + ": trace " + number + ": " + e.getMessage()
                        + (e.getMessage().startsWith("more than") ? " in the document" : ""));
            }
            return addTrace(trace, number, context, rows);
        }

        private String addTrace(Element trace, int number, Context context, List<double[]> rows) throws InkInputException {
            InkTraceFormat format = context.format();
            pointCount += rows.size();
            String id = id(trace) != null ? id(trace) : "trace-" + number;
            if (!traceIds.add(id)) {
                throw new InkInputException(source + ": trace " + number + " repeats the id of an earlier trace");
            }
            traces.add(PendingTrace.of(id, number, rows, format, context.timestamp(), trace, source));
            return id;
        }

        /** {@code base} is what the context starts from when it names no other context. */
        private Context resolveContext(Element context, Context base, int depth) throws InkInputException {
            if (depth > MAX_REFERENCE_DEPTH) {
                throw new InkInputException(source + ": <context> references nest too deeply or form a loop");
            }
            Context start = context.hasAttribute("contextRef")
                    ? resolveContext(reference(context, "contextRef", "context"), DEFAULT_CONTEXT, depth + 1)
                    : base;
            InkTraceFormat format = start.format();
            TimeOrigin timestamp = start.timestamp();
            if (context.hasAttribute("traceFormatRef")) {
                format = resolveFormat(reference(context, "traceFormatRef", "traceFormat"));
            }
            if (context.hasAttribute("timestampRef")) {
                timestamp = resolveTimestamp(reference(context, "timestampRef", "timestamp"), 0);
            }
            for (Element child : children(context)) {
                if (isInk(child, "traceFormat")) {
                    format = resolveFormat(child);
                } else if (isInk(child, "inkSource")) {
                    for (Element sourceChild : children(child)) {
                        if (isInk(sourceChild, "traceFormat")) {
                            format = resolveFormat(sourceChild);
                        }
                    }
                } else if (isInk(child, "timestamp")) {
                    timestamp = resolveTimestamp(child, 0);
                }
            }
            return new Context(format, timestamp);
        }

        private InkTraceFormat resolveFormat(Element traceFormat) throws InkInputException {
            if (traceFormat.hasAttribute("href")) {
                throw new InkInputException(source + ": <traceFormat href> points outside the document, which is refused");
            }
            List<InkChannel> regular = new ArrayList<>();
            List<InkChannel> intermittent = new ArrayList<>();
            for (Element child : children(traceFormat)) {
                if (isInk(child, "channel")) {
                    regular.add(channel(child));
                } else if (isInk(child, "intermittentChannels")) {
                    for (Element channel : children(child)) {
                        if (isInk(channel, "channel")) {
                            intermittent.add(channel(channel));
                        }
                    }
                }
            }
            if (regular.isEmpty() && intermittent.isEmpty()) {
                // An empty <traceFormat/> is how some producers say "the default".
                return InkTraceFormat.DEFAULT;
            }
            InkTraceFormat format = new InkTraceFormat(regular, intermittent);
            if (format.indexOf("X") < 0 || format.indexOf("Y") < 0) {
                throw new InkInputException(source + ": <traceFormat> declares no regular X and Y channels");
            }
            if (format.channelCount() > 64) {
                throw new InkInputException(source + ": <traceFormat> declares more than 64 channels");
            }
            return format;
        }

        private InkChannel channel(Element channel) throws InkInputException {
            String name = channel.getAttribute("name").trim();
            if (name.isEmpty()) {
                throw new InkInputException(source + ": <channel> without a name");
            }
            boolean reversed = "-ve".equals(channel.getAttribute("orientation").trim());
            double unitScale = 1;
            TimeOrigin respectTo = null;
            if (name.equals("T")) {
                String units = channel.getAttribute("units").trim();
                unitScale = switch (units) {
                    case "", "ms" -> 1;
                    case "s" -> 1000;
                    case "us", "µs" -> 0.001;
                    default -> throw new InkInputException(source + ": <channel name=\"T\"> has units that are not time units");
                };
                if (channel.hasAttribute("respectTo")) {
                    respectTo = resolveTimestamp(reference(channel, "respectTo", "timestamp"), 0);
                }
            }
            return new InkChannel(name, reversed, unitScale, respectTo);
        }

        private TimeOrigin resolveTimestamp(Element timestamp, int depth) throws InkInputException {
            if (depth > MAX_REFERENCE_DEPTH) {
                throw new InkInputException(source + ": <timestamp> references nest too deeply or form a loop");
            }
            TimeOrigin origin;
            if (timestamp.hasAttribute("time")) {
                origin = new TimeOrigin(number(timestamp, "time"), true);
            } else if (timestamp.hasAttribute("timeString")) {
                try {
                    origin = new TimeOrigin(OffsetDateTime.parse(timestamp.getAttribute("timeString").trim())
                            .toInstant().toEpochMilli(), true);
                } catch (DateTimeParseException e) {
                    throw new InkInputException(source + ": <timestamp timeString> is not an ISO-8601 instant");
                }
            } else if (timestamp.hasAttribute("timestampRef")) {
                origin = resolveTimestamp(reference(timestamp, "timestampRef", "timestamp"), depth + 1);
            } else {
                origin = TimeOrigin.NONE;
            }
            if (timestamp.hasAttribute("timeOffset")) {
                origin = origin.plus(number(timestamp, "timeOffset"));
            }
            return origin;
        }

        private double number(Element element, String attribute) throws InkInputException {
            try {
                double value = Double.parseDouble(element.getAttribute(attribute).trim());
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new InkInputException(source + ": <" + element.getLocalName() + " " + attribute + "> is not a number");
        }

        /** Only local references (#id) are followed: anything else would mean reading files or the network. */
        private Element reference(Element from, String attribute, String expected) throws InkInputException {
            String value = from.getAttribute(attribute).trim();
            String where = "<" + from.getLocalName() + " " + attribute + ">";
            if (!value.startsWith("#")) {
                throw new InkInputException(source + ": " + where + " is not a local #id reference; external references are refused");
            }
            Element target = byId.get(value.substring(1));
            if (target == null || !isInk(target, expected)) {
                throw new InkInputException(source + ": " + where + " does not name a <" + expected + "> in the document");
            }
            return target;
        }

        private InkDocument assemble() {
            boolean allTimed = traces.stream().allMatch(trace -> trace.times() != null);
            boolean allAbsolute = allTimed && traces.stream().allMatch(PendingTrace::absoluteTime);
            boolean noneAbsolute = allTimed && traces.stream().noneMatch(PendingTrace::absoluteTime);
            // Times on different clocks (some traces absolute, some relative) cannot be ordered: use writing order.
            TimeBasis basis = allAbsolute ? TimeBasis.EPOCH_MILLISECONDS
                    : noneAbsolute ? TimeBasis.RELATIVE_MILLISECONDS
                    : TimeBasis.POINT_INDEX;
            boolean timed = basis != TimeBasis.POINT_INDEX;
            List<InkTrace> result = new ArrayList<>(traces.size());
            long index = 0;
            for (PendingTrace trace : traces) {
                List<InkPoint> points = new ArrayList<>(trace.xs().length);
                for (int i = 0; i < trace.xs().length; i++) {
                    double time = timed ? trace.times()[i] : index;
                    points.add(new InkPoint(trace.xs()[i], trace.ys()[i], time, trace.forces()[i]));
                    index++;
                }
                result.add(new InkTrace(trace.id(), points));
            }
            return new InkDocument(source, result, groups, basis);
        }

        private static String truthLabel(Element group) {
            for (Element child : children(group)) {
                if (isInk(child, "annotation") && "truth".equals(child.getAttribute("type"))) {
                    return child.getTextContent().trim();
                }
            }
            return "";
        }
    }

    private record Context(InkTraceFormat format, TimeOrigin timestamp) {
    }

    private static final Context DEFAULT_CONTEXT = new Context(InkTraceFormat.DEFAULT, null);

    static String id(Element element) {
        String id = element.getAttributeNS(XML_NAMESPACE, "id");
        if (id.isEmpty()) {
            id = element.getAttribute("id");
        }
        return id.isEmpty() ? null : id.trim();
    }

    static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                children.add(child);
            }
        }
        return children;
    }
}

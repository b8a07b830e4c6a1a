package io.clinscribe.handwriting.ink;

import static io.clinscribe.handwriting.ink.InkmlSamples.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InkmlReaderTest {

    private static final String NS = "<ink xmlns=\"http://www.w3.org/2003/InkML\">";
    private final InkmlReader reader = new InkmlReader();

    private InkDocument read(String xml) throws InkInputException {
        return reader.read(utf8(xml), "note.inkml");
    }

    private static double[] xs(InkTrace trace) {
        return trace.points().stream().mapToDouble(InkPoint::x).toArray();
    }

    private static double[] ys(InkTrace trace) {
        return trace.points().stream().mapToDouble(InkPoint::y).toArray();
    }

    @Test
    void defaultFormatIsXYAndUntimedInkIsNumberedByPoint() throws Exception {
        InkDocument ink = read(NS + "<trace>10 0, 11 2,12 4</trace><trace xml:id='b'>5 5</trace></ink>");
        assertEquals(2, ink.traces().size());
        assertEquals("trace-1", ink.traces().get(0).id());
        assertEquals("b", ink.traces().get(1).id());
        assertArrayEquals(new double[] {10, 11, 12}, xs(ink.traces().get(0)));
        assertArrayEquals(new double[] {0, 2, 4}, ys(ink.traces().get(0)));
        assertEquals(TimeBasis.POINT_INDEX, ink.timeBasis());
        assertEquals(3.0, ink.traces().get(1).points().get(0).time());
        assertFalse(ink.traces().get(0).points().get(0).hasForce());
        assertEquals(4, ink.pointCount());
    }

    @Test
    void inkWithoutNamespaceIsAccepted() throws Exception {
        assertEquals(1, read("<ink><trace>1 2</trace></ink>").traces().size());
    }

    @Test
    void channelsInAnyOrderWithExtraChannelsIgnored() throws Exception {
        InkDocument ink = read(NS + "<definitions><timestamp xml:id='t0' time='1000000'/></definitions>"
                + "<traceFormat><channel name='T' respectTo='#t0'/><channel name='Y'/><channel name='OTx'/>"
                + "<channel name='X'/><channel name='F'/></traceFormat>"
                + "<trace>5 20 99 10 0.5, 15 21 98 11 0.75</trace></ink>");
        InkPoint second = ink.traces().get(0).points().get(1);
        assertEquals(11, second.x());
        assertEquals(21, second.y());
        assertEquals(0.75, second.force());
        assertEquals(1_000_015, second.time());
        assertEquals(TimeBasis.EPOCH_MILLISECONDS, ink.timeBasis());
    }

    @Test
    void differenceEncodingsFollowTheSpecExample() throws Exception {
        // InkML 3.2.1: explicit, then first differences, then second differences that persist without a prefix.
        InkDocument ink = read(NS + "<trace>1125 18432,'23'43,\"7\"-8,3-2,!1000 !2000</trace></ink>");
        InkTrace trace = ink.traces().get(0);
        assertArrayEquals(new double[] {1125, 1148, 1178, 1211, 1000}, xs(trace));
        assertArrayEquals(new double[] {18432, 18475, 18510, 18543, 2000}, ys(trace));
    }

    @Test
    void valuesMayRunTogetherAndUseShortDecimals() throws Exception {
        InkTrace trace = read(NS + "<trace>1-2,.5.5, -.25-3.,'1'-1</trace></ink>").traces().get(0);
        assertArrayEquals(new double[] {1, 0.5, -0.25, 0.75}, xs(trace));
        assertArrayEquals(new double[] {-2, 0.5, -3, -4}, ys(trace));
    }

    @Test
    void exponentsHexAndSpaceAfterMinus() throws Exception {
        InkTrace trace = read(NS + "<trace>1e2 2.5E-1, #1F - 3</trace></ink>").traces().get(0);
        assertArrayEquals(new double[] {100, 31}, xs(trace));
        assertArrayEquals(new double[] {0.25, -3}, ys(trace));
    }

    @Test
    void commaInsidePointsAsSomeExportersWriteIsReadAsMeant() throws Exception {
        InkTrace trace = read(NS + "<trace id='0'>1,119 2,118 -3,117.5</trace></ink>").traces().get(0);
        assertEquals("0", trace.id());
        assertArrayEquals(new double[] {1, 2, -3}, xs(trace));
        assertArrayEquals(new double[] {119, 118, 117.5}, ys(trace));
    }

    @Test
    void firstDifferenceSticksToItsChannelOnly() throws Exception {
        InkTrace trace = read(NS + "<trace>10 10,'1 20,2 30</trace></ink>").traces().get(0);
        assertArrayEquals(new double[] {10, 11, 13}, xs(trace));
        assertArrayEquals(new double[] {10, 20, 30}, ys(trace));
    }

    @Test
    void timeOffsetAndDurationSpreadTimesOverTheTrace() throws Exception {
        InkDocument ink = read(NS + "<trace timeOffset='100' duration='50'>0 0, 1 1, 2 2</trace>"
                + "<trace timeOffset='300'>5 5</trace></ink>");
        assertEquals(TimeBasis.RELATIVE_MILLISECONDS, ink.timeBasis());
        assertEquals(List.of(100.0, 125.0, 150.0),
                ink.traces().get(0).points().stream().map(InkPoint::time).toList());
        assertEquals(300, ink.traces().get(1).startTime());
    }

    @Test
    void timeChannelInSecondsBecomesMilliseconds() throws Exception {
        InkDocument ink = read(NS + "<traceFormat><channel name='X'/><channel name='Y'/><channel name='T' units='s'/>"
                + "</traceFormat><trace timeOffset='10'>0 0 0, 1 1 0.5</trace></ink>");
        assertEquals(510, ink.traces().get(0).endTime());
        assertEquals(TimeBasis.RELATIVE_MILLISECONDS, ink.timeBasis());
    }

    @Test
    void oneUntimedTraceMakesTheWholeDocumentPointIndexed() throws Exception {
        InkDocument ink = read(NS + "<trace timeOffset='100'>0 0, 1 1</trace><trace>5 5</trace></ink>");
        assertEquals(TimeBasis.POINT_INDEX, ink.timeBasis());
        assertEquals(2, ink.traces().get(1).startTime());
    }

    @Test
    void timesOnDifferentClocksFallBackToWritingOrder() throws Exception {
        InkDocument ink = read(NS + "<definitions><timestamp xml:id='t0' timeString='2026-11-25T07:00:00+01:00'/>"
                + "<context xml:id='c' timestampRef='#t0'/></definitions>"
                + "<trace contextRef='#c' timeOffset='5'>0 0</trace><trace timeOffset='300'>5 5</trace></ink>");
        assertEquals(TimeBasis.POINT_INDEX, ink.timeBasis());
        InkDocument absolute = read(NS + "<definitions><timestamp xml:id='t0' timeString='2026-11-25T07:00:00+01:00'/>"
                + "<context xml:id='c' timestampRef='#t0'/></definitions><trace contextRef='#c' timeOffset='5'>0 0</trace></ink>");
        assertEquals(TimeBasis.EPOCH_MILLISECONDS, absolute.timeBasis());
        assertEquals(java.time.Instant.parse("2026-11-25T06:00:00Z").toEpochMilli() + 5, absolute.traces().get(0).startTime());
    }

    @Test
    void contextsFromDefinitionsAndReversedAxes() throws Exception {
        InkDocument ink = read(NS + "<definitions><traceFormat xml:id='yx'><channel name='Y' orientation='-ve'/>"
                + "<channel name='X'/></traceFormat><context xml:id='c' traceFormatRef='#yx'/></definitions>"
                + "<trace contextRef='#c'>3 4</trace><trace>3 4</trace><context contextRef='#c'/><trace>7 8</trace></ink>");
        assertEquals(new InkPoint(4, -3, 0, Double.NaN), ink.traces().get(0).points().get(0));
        assertEquals(new InkPoint(3, 4, 1, Double.NaN), ink.traces().get(1).points().get(0));
        assertEquals(new InkPoint(8, -7, 2, Double.NaN), ink.traces().get(2).points().get(0));
    }

    @Test
    void aStreamContextKeepsWhatItDoesNotChange() throws Exception {
        InkDocument ink = read(NS + "<traceFormat><channel name='X'/><channel name='Y'/><channel name='T'/></traceFormat>"
                + "<definitions><timestamp xml:id='t0' time='5000'/></definitions>"
                + "<context timestampRef='#t0'/><trace>1 2 10</trace></ink>");
        assertEquals(5010, ink.traces().get(0).startTime());
        assertEquals(TimeBasis.EPOCH_MILLISECONDS, ink.timeBasis());
    }

    @Test
    void intermittentChannelsMayBeLeftOut() throws Exception {
        InkTrace trace = read(NS + "<traceFormat><channel name='X'/><channel name='Y'/><intermittentChannels>"
                + "<channel name='B' type='boolean'/></intermittentChannels></traceFormat>"
                + "<trace>1 2 T, 3 4, 5 6 F</trace></ink>").traces().get(0);
        assertArrayEquals(new double[] {1, 3, 5}, xs(trace));
    }

    @Test
    void penExportWithGroupsPressureAndTimes() throws Exception {
        Path file = Path.of(getClass().getResource("pen-export.inkml").toURI());
        InkDocument ink = reader.read(file);
        assertEquals(file.toString(), ink.source());
        assertEquals(TimeBasis.EPOCH_MILLISECONDS, ink.timeBasis());
        assertEquals(List.of("word-1", "word-2"), ink.traceGroups().stream().map(InkTraceGroup::id).toList());
        assertEquals("il", ink.traceGroups().get(0).label());
        assertEquals(List.of("w1s1", "w1s2"), ink.traceGroups().get(0).traceIds());
        InkTrace first = ink.traces().get(0);
        assertArrayEquals(new double[] {1000, 1100, 1200}, ys(first));
        assertEquals(310, first.points().get(1).force());
        assertEquals(305, first.points().get(2).force());
        long start = java.time.Instant.parse("2026-11-25T06:00:00Z").toEpochMilli() + 1000;
        assertEquals(start + 20, first.endTime());
        assertEquals(start + 900 + 40, ink.traces().get(2).endTime());
        assertEquals(List.of("w2s1"), ink.tracesOf(ink.traceGroups().get(1)).stream().map(InkTrace::id).toList());
    }

    // --- bad input -------------------------------------------------------------------------------------

    private InkInputException rejected(String xml) {
        return assertThrows(InkInputException.class, () -> read(xml));
    }

    @Test
    void externalEntityIsNeitherResolvedNorLeaked(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "patient-secret-42");
        for (String target : List.of("file:///etc/passwd", secret.toUri().toString())) {
            String xxe = "<?xml version='1.0'?><!DOCTYPE ink [<!ENTITY xxe SYSTEM '" + target + "'>]>"
                    + NS + "<trace>1 2</trace><annotation>&xxe;</annotation></ink>";
            InkInputException e = rejected(xxe);
            assertTrue(e.getMessage().startsWith("note.inkml: "), e.getMessage());
            assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
            assertFalse(e.getMessage().contains("root:"), e.getMessage());
            assertFalse(e.getMessage().contains("patient-secret"), e.getMessage());
        }
    }

    @Test
    void parameterEntityFetchingIsRefused() {
        InkInputException e = rejected("<?xml version='1.0'?><!DOCTYPE ink [<!ENTITY % remote SYSTEM "
                + "'http://127.0.0.1:9/evil.dtd'> %remote;]>" + NS + "<trace>1 2</trace></ink>");
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void billionLaughsIsRefusedBeforeExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE ink [<!ENTITY lol0 'lol'>");
        for (int i = 1; i < 10; i++) {
            String previous = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol").append(i).append(" '").append(previous.repeat(10)).append("'>");
        }
        dtd.append("]>");
        long before = System.nanoTime();
        InkInputException e = rejected(dtd + NS + "<trace>1 2</trace><annotation>&lol9;</annotation></ink>");
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(System.nanoTime() - before < 2_000_000_000L);
    }

    @Test
    void deepNestingIsRefusedByTheParser() {
        String deep = NS + "<traceGroup>".repeat(100_000) + "<trace>1 2</trace>" + "</traceGroup>".repeat(100_000) + "</ink>";
        InkInputException e = rejected(deep);
        assertTrue(e.getMessage().startsWith("note.inkml: elements nest deeper than 64 levels"), e.getMessage());
    }

    @Test
    void malformedXmlNamesSourceAndPlace() {
        InkInputException e = rejected(NS + "<trace>1 2</trce></ink>");
        assertTrue(e.getMessage().matches("note\\.inkml: not well-formed XML \\(line 1, column \\d+\\)"), e.getMessage());
    }

    @Test
    void wrongRootIsNamed() {
        InkInputException e = rejected("<svg xmlns='http://www.w3.org/2000/svg'><trace>1 2</trace></svg>");
        assertTrue(e.getMessage().contains("root element is <svg>"), e.getMessage());
        rejected("<ink xmlns='urn:other'><trace>1 2</trace></ink>");
    }

    @Test
    void inkWithoutTracesIsRejected() {
        assertTrue(rejected(NS + "<annotation>x</annotation></ink>").getMessage().contains("no traces"));
    }

    @Test
    void wrongArityAndNonNumbersNameTheTraceAndPoint() {
        String few = rejected(NS + "<trace>1 2, 3</trace></ink>").getMessage();
        assertEquals("note.inkml: trace 1: point 2 has 1 values, the trace format declares 2 channels", few);
        String many = rejected(NS + "<trace>1 2</trace><trace>1 2 3</trace></ink>").getMessage();
        assertTrue(many.startsWith("note.inkml: trace 2: point 1 has more than 2 values"), many);
        String text = rejected(NS + "<trace>1 2, 3 secret</trace></ink>").getMessage();
        assertEquals("note.inkml: trace 1: point 2, value 2 is not a number", text);
        assertTrue(rejected(NS + "<trace>1x5 2</trace></ink>").getMessage().contains("not a number"));
        assertTrue(rejected(NS + "<trace>1,2 3</trace></ink>").getMessage().contains("point 1 has 1 values"));
        assertTrue(rejected(NS + "<trace>1 2,,3 4</trace></ink>").getMessage().contains("point 2 is empty"));
        assertTrue(rejected(NS + "<trace>? 2</trace></ink>").getMessage().contains("X is unknown"));
    }

    @Test
    void absurdCoordinatesAndPointCountsAreRefused() {
        assertTrue(rejected(NS + "<trace>0 0, 1 100000000</trace></ink>").getMessage().contains("Y is unknown or beyond"));
        String many = NS + "<trace>" + "0 0,".repeat(InkmlReader.DEFAULT_MAX_POINTS + 1) + "</trace></ink>";
        String message = rejected(many).getMessage();
        assertTrue(message.contains("more than 1000000 points"), message);
    }

    @Test
    void limitsAreConfigurable() {
        InkmlReader small = new InkmlReader(100, 3);
        assertThrows(InkInputException.class, () -> small.read(utf8(NS + "<trace>1 2,3 4</trace><trace>5 6,7 8</trace></ink>"), "a"));
        InkInputException big = assertThrows(InkInputException.class,
                () -> small.read(utf8(NS + "<trace>" + "1 2,".repeat(50) + "</trace></ink>"), "b"));
        assertTrue(big.getMessage().startsWith("b: InkML of "), big.getMessage());
    }

    @Test
    void externalAndDanglingReferencesAreRefused() {
        assertTrue(rejected(NS + "<trace contextRef='file:///etc/passwd'>1 2</trace></ink>").getMessage()
                .contains("external references are refused"));
        assertTrue(rejected(NS + "<trace contextRef='#nowhere'>1 2</trace></ink>").getMessage()
                .contains("does not name a <context>"));
        assertTrue(rejected(NS + "<definitions><context xml:id='a' contextRef='#b'/><context xml:id='b' contextRef='#a'/>"
                + "</definitions><trace contextRef='#a'>1 2</trace></ink>").getMessage().contains("loop"));
        assertTrue(rejected(NS + "<traceFormat><channel name='X'/><channel name='F'/></traceFormat><trace>1 2</trace></ink>")
                .getMessage().contains("no regular X and Y"));
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("gone.inkml");
        InkInputException e = assertThrows(InkInputException.class, () -> reader.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    private static void assertArrayEquals(double[] expected, double[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, 1e-9);
    }
}

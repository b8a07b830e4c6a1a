package io.clinscribe.handwriting.ink;

import static io.clinscribe.handwriting.ink.InkmlSamples.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InkRendererTest {

    private static final String NS = "<ink xmlns=\"http://www.w3.org/2003/InkML\">";
    private final InkmlReader reader = new InkmlReader();
    private static final double H = InkRenderer.DEFAULT_STROKE_HEIGHT_PX;
    private final InkRenderer renderer = new InkRenderer();

    private InkDocument read(String xml) throws InkInputException {
        return reader.read(utf8(xml), "pen.inkml");
    }

    private static int gray(BufferedImage image, double x, double y) {
        return image.getRaster().getSample((int) Math.round(x), (int) Math.round(y), 0);
    }

    @Test
    void typicalStrokeHeightIsScaledToTheTargetWithAMargin() throws Exception {
        // Three 100-unit verticals, a crossbar and a dot: the verticals set the scale, H px per 100 units.
        InkDocument ink = read(NS + "<trace>0 0, 0 100</trace><trace>50 0, 50 100</trace><trace>100 0, 100 100</trace>"
                + "<trace>0 50, 100 50</trace><trace>150 100</trace></ink>");
        RenderedInk rendered = renderer.render(ink);
        BufferedImage image = rendered.image();
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, image.getType());
        assertEquals(H / 100, rendered.scale(), 1e-9);
        assertEquals(Math.ceil(150 * H / 100) + 2 * H + 1, image.getWidth());
        assertEquals(Math.ceil(100 * H / 100) + 2 * H + 1, image.getHeight());
        Point2D top = rendered.toPixel(new InkPoint(0, 0, 0, Double.NaN));
        assertEquals(H, top.getX(), 1e-9);
        assertEquals(H, top.getY(), 1e-9);
        Point2D middle = rendered.toPixel(new InkPoint(50, 50, 0, Double.NaN));
        assertTrue(gray(image, middle.getX(), middle.getY()) < 60, "ink is dark where a stroke runs");
        assertTrue(gray(image, middle.getX() + 7, middle.getY() + 7) > 240, "paper is white between strokes");
        assertEquals(255, gray(image, 5, 5), "margin is white");
        Point2D dot = rendered.toPixel(new InkPoint(150, 100, 0, Double.NaN));
        assertTrue(gray(image, dot.getX(), dot.getY()) < 128, "a single-point trace is drawn as a dot");
    }

    @Test
    void scaleFollowsTheInkUnitsSoLettersComeOutTheSameSize() throws Exception {
        StrokeFont small = new StrokeFont(3);     // millimetres
        StrokeFont large = new StrokeFont(300);   // 0.01 mm units
        RenderedInk fromMm = renderer.render(reader.read(InkmlSamples.timedInk(small.word("aspirin", 0, 10)), "mm"));
        RenderedInk fromHimetric = renderer.render(reader.read(InkmlSamples.timedInk(large.word("aspirin", 0, 1000)), "hm"));
        assertEquals(fromMm.image().getWidth(), fromHimetric.image().getWidth(), 2);
        assertEquals(fromMm.image().getHeight(), fromHimetric.image().getHeight(), 2);
        assertEquals(H / 300, fromHimetric.scale(), H / 300 * 0.05, "x-height strokes set the scale");
    }

    @Test
    void boxMapsBackToTheStrokesWrittenThereAndWhen() throws Exception {
        List<StrokeFont.Stroke> strokes = new StrokeFont(300).word("in", 0, 1000);
        RenderedInk rendered = renderer.render(reader.read(InkmlSamples.timedInk(strokes), "note"));
        assertEquals(TimeBasis.EPOCH_MILLISECONDS, rendered.timeBasis());
        // The "i" (stem and dot) lies left of x = 0.2 x-heights; the "n" starts at 0.35 x-heights.
        Point2D topLeft = rendered.toPixel(new InkPoint(-40, 1000 - 1.6 * 300, 0, Double.NaN));
        Point2D bottomRight = rendered.toPixel(new InkPoint(60, 1010, 0, Double.NaN));
        Rectangle letterI = new Rectangle((int) topLeft.getX(), (int) topLeft.getY(),
                (int) (bottomRight.getX() - topLeft.getX()), (int) (bottomRight.getY() - topLeft.getY()));
        assertEquals(List.of("s1", "s2"), rendered.strokesIn(letterI));
        TimeRange whenI = rendered.timeRange(letterI).orElseThrow();
        assertEquals(InkmlSamples.START_MILLIS, whenI.start());
        assertEquals(InkmlSamples.START_MILLIS + InkmlSamples.strokeStart(1) + InkmlSamples.STROKE_MS, whenI.end(), 1.0);
        Rectangle everything = new Rectangle(0, 0, rendered.image().getWidth(), rendered.image().getHeight());
        assertEquals(List.of("s1", "s2", "s3", "s4"), rendered.strokesIn(everything));
        assertEquals(Optional.empty(), rendered.timeRange(new Rectangle(0, 0, 5, 5)));
    }

    @Test
    void strokeMostlyOutsideTheBoxIsNotCounted() throws Exception {
        RenderedInk rendered = renderer.render(read(NS + "<trace xml:id='a'>0 0, 0 25, 0 50, 0 75, 0 100</trace>"
                + "<trace xml:id='b'>60 0, 60 100</trace></ink>"));
        Point2D top = rendered.toPixel(new InkPoint(-5, -5, 0, Double.NaN));
        Point2D quarter = rendered.toPixel(new InkPoint(80, 30, 0, Double.NaN));
        Rectangle upperStrip = new Rectangle((int) top.getX(), (int) top.getY(),
                (int) (quarter.getX() - top.getX()), (int) (quarter.getY() - top.getY()));
        // Two of a's five points and one of b's two points are inside: only b is "mostly" inside.
        assertEquals(List.of("b"), rendered.strokesIn(upperStrip));
        assertEquals(new TimeRange(5, 6, TimeBasis.POINT_INDEX), rendered.timeRange(upperStrip).orElseThrow());
    }

    @Test
    void oneGroupRendersOnItsOwn() throws Exception {
        InkDocument ink = read(NS + "<traceGroup xml:id='p1'><trace>0 0, 0 100</trace></traceGroup>"
                + "<traceGroup xml:id='p2'><trace>5000 0, 5000 100</trace><trace>5100 0, 5100 100</trace></traceGroup></ink>");
        RenderedInk page2 = renderer.render(ink, ink.traceGroups().get(1));
        assertEquals(List.of("trace-2", "trace-3"), page2.traces().stream().map(InkTrace::id).toList());
        assertEquals(Math.ceil(100 * H / 100) + 2 * H + 1, page2.image().getWidth());
    }

    @Test
    void inkOutOfProportionToItsStrokesIsRefused() throws Exception {
        InkDocument ink = read(NS + "<trace>0 0, 0 10</trace><trace>5000000 0, 5000000 10</trace></ink>");
        InkInputException e = assertThrows(InkInputException.class, () -> renderer.render(ink));
        assertTrue(e.getMessage().startsWith("pen.inkml: the ink would render to "), e.getMessage());
        assertTrue(e.getMessage().contains("limit 20000"), e.getMessage());
    }

    @Test
    void transformIsACopy() throws Exception {
        RenderedInk rendered = renderer.render(read(NS + "<trace>0 0, 0 100</trace></ink>"));
        rendered.inkToPixel().scale(10, 10);
        assertEquals(H / 100, rendered.scale(), 1e-9);
    }
}

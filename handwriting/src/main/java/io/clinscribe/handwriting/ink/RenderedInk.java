package io.clinscribe.handwriting.ink;

import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ink drawn as an image, with the way back: the ink-to-pixel transform, and for any pixel box (say a word
 * Tesseract found) the strokes drawn there and when they were written.
 *
 * <p>The image is the caller's to use; everything else is immutable.
 */
public final class RenderedInk {

    /** A stroke belongs to a box when at least this share of its points lies inside. */
    static final double INSIDE_SHARE = 0.5;

    private final String source;
    private final BufferedImage image;
    private final AffineTransform inkToPixel;
    private final List<InkTrace> traces;
    private final TimeBasis timeBasis;
    private final List<double[]> pixelXy;

    RenderedInk(String source, BufferedImage image, AffineTransform inkToPixel, List<InkTrace> traces, TimeBasis timeBasis) {
        this.source = source;
        this.image = image;
        this.inkToPixel = new AffineTransform(inkToPixel);
        this.traces = List.copyOf(traces);
        this.timeBasis = timeBasis;
        List<double[]> xy = new ArrayList<>(traces.size());
        for (InkTrace trace : this.traces) {
            double[] ink = new double[trace.points().size() * 2];
            for (int i = 0; i < trace.points().size(); i++) {
                ink[2 * i] = trace.points().get(i).x();
                ink[2 * i + 1] = trace.points().get(i).y();
            }
            double[] pixels = new double[ink.length];
            this.inkToPixel.transform(ink, 0, pixels, 0, ink.length / 2);
            xy.add(pixels);
        }
        this.pixelXy = List.copyOf(xy);
    }

    public String source() {
        return source;
    }

    /** Grayscale (TYPE_BYTE_GRAY), black ink on white. */
    public BufferedImage image() {
        return image;
    }

    /** A copy of the ink-to-pixel transform (a uniform scale and a shift). */
    public AffineTransform inkToPixel() {
        return new AffineTransform(inkToPixel);
    }

    /** Image pixels per ink unit. */
    public double scale() {
        return inkToPixel.getScaleX();
    }

    public Point2D toPixel(InkPoint point) {
        return inkToPixel.transform(new Point2D.Double(point.x(), point.y()), null);
    }

    /** The traces drawn in this image, in writing order. */
    public List<InkTrace> traces() {
        return traces;
    }

    public TimeBasis timeBasis() {
        return timeBasis;
    }

    /** Ids of the traces with most of their points inside the pixel box, in writing order. */
    public List<String> strokesIn(Rectangle box) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < traces.size(); i++) {
            if (mostlyInside(pixelXy.get(i), box)) {
                ids.add(traces.get(i).id());
            }
        }
        return ids;
    }

    /** First and last point time of the strokes in the box; empty when no stroke is mostly inside. */
    public Optional<TimeRange> timeRange(Rectangle box) {
        double start = Double.POSITIVE_INFINITY;
        double end = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < traces.size(); i++) {
            if (mostlyInside(pixelXy.get(i), box)) {
                for (InkPoint point : traces.get(i).points()) {
                    start = Math.min(start, point.time());
                    end = Math.max(end, point.time());
                }
            }
        }
        return start <= end ? Optional.of(new TimeRange(start, end, timeBasis)) : Optional.empty();
    }

    private static boolean mostlyInside(double[] xy, Rectangle box) {
        int points = xy.length / 2;
        int inside = 0;
        for (int i = 0; i < points; i++) {
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            // Closed on all sides: a stroke centre line may run along the box edge Tesseract drew round its ink.
            if (x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height) {
                inside++;
            }
        }
        return inside > 0 && inside >= INSIDE_SHARE * points;
    }
}

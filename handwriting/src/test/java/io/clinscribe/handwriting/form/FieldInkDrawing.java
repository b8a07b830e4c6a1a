package io.clinscribe.handwriting.form;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;

/** Small synthetic field zones for the preparation tests: paper, a printed rule, pen strokes, specks. */
final class FieldInkDrawing {

    private final BufferedImage image;
    private final Graphics2D g;

    FieldInkDrawing(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        g = image.createGraphics();
        g.setColor(new Color(245, 245, 245)); // paper is never quite white
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(25, 25, 25));
    }

    /** A printed rule from x0 to x1 at height y (at x0), turned by {@code degrees}, {@code thickness} px. */
    FieldInkDrawing rule(int x0, int x1, double y, double degrees, float thickness) {
        g.setStroke(new BasicStroke(thickness, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(new Line2D.Double(x0, y, x1, y + (x1 - x0) * Math.tan(Math.toRadians(degrees))));
        return this;
    }

    /** A pen stroke. */
    FieldInkDrawing stroke(double x0, double y0, double x1, double y1, float width) {
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x0, y0, x1, y1));
        return this;
    }

    /** A pen dot (a decimal point) of the given diameter centred at (x, y). */
    FieldInkDrawing dot(double x, double y, int diameter) {
        g.fillOval((int) Math.round(x - diameter / 2.0), (int) Math.round(y - diameter / 2.0), diameter, diameter);
        return this;
    }

    /** A single dark pixel, as dust on the scanner glass leaves. */
    FieldInkDrawing speck(int x, int y) {
        image.getRaster().setSample(x, y, 0, 40);
        return this;
    }

    BufferedImage image() {
        return image;
    }

    static boolean dark(BufferedImage image, int x, int y) {
        return FormImages.luminance(image, x, y) < 128;
    }
}

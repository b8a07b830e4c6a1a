package io.clinscribe.handwriting.page;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Gets a page ready for Tesseract: a page scanned or photographed at low resolution is enlarged so its
 * letters reach the 20-30 pixel height the LSTM model was trained on: by a whole factor that brings its
 * longer side to about 3,000 px. On the FUNSD forms (about 100 dpi, 1,000 px) word accuracy went from 42%
 * at native size to 67% doubled and 72% tripled (quadrupled: no better, twice the time). Pages already at
 * about 170 dpi or more are left alone, since enlarging them only costs time. The scale is returned so
 * word boxes can be mapped back to the input.
 */
public record PagePreparation(int lowResolutionBelow, int targetLongSide, int maxFactor) {

    /** Pages with a longer side under 2,000 px are enlarged towards 3,000 px, at most 4 times. */
    public static PagePreparation standard() {
        return new PagePreparation(2000, 3000, 4);
    }

    public PagePreparation {
        if (lowResolutionBelow < 1 || targetLongSide < 1 || maxFactor < 1) {
            throw new IllegalArgumentException("sizes and factor must be positive");
        }
    }

    /** The whole factor a page of this size is enlarged by (1: left as it is). */
    public int factorFor(int width, int height) {
        int longSide = Math.max(width, height);
        if (longSide >= lowResolutionBelow) {
            return 1;
        }
        return Math.max(1, Math.min(maxFactor, (targetLongSide + longSide - 1) / longSide));
    }

    /**
     * An image for OCR: how many of its pixels make one pixel of the input, and the rotation (degrees)
     * that straightened it, so word boxes can be mapped back to the input image.
     */
    public record Prepared(BufferedImage image, int scale, double rotationDegrees, int inputWidth, int inputHeight,
                           int verticalStretch) {

        public Prepared(BufferedImage image, int scale, double rotationDegrees, int inputWidth, int inputHeight) {
            this(image, scale, rotationDegrees, inputWidth, inputHeight, 1);
        }


        /** A box on the prepared image as a box on the input image: unscaled, then turned back. */
        public int[] toInput(int x0, int y0, int x1, int y1) {
            double[][] corners = {{x0, y0}, {x1, y0}, {x0, y1}, {x1, y1}};
            double cx = inputWidth / 2.0;
            double cy = inputHeight * verticalStretch / 2.0; // the rotation happened on the stretched page
            double a = Math.toRadians(rotationDegrees);
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (double[] c : corners) {
                double x = c[0] / scale - cx;
                double y = c[1] / scale - cy;
                double rx = x * Math.cos(a) - y * Math.sin(a) + cx;
                double ry = (x * Math.sin(a) + y * Math.cos(a) + cy) / verticalStretch;
                minX = Math.min(minX, rx);
                minY = Math.min(minY, ry);
                maxX = Math.max(maxX, rx);
                maxY = Math.max(maxY, ry);
            }
            return new int[] {clamp((int) Math.floor(minX), inputWidth), clamp((int) Math.floor(minY), inputHeight),
                    clamp((int) Math.ceil(maxX), inputWidth), clamp((int) Math.ceil(maxY), inputHeight)};
        }

        private static int clamp(int v, int max) {
            return Math.max(0, Math.min(max, v));
        }
    }

    /**
     * Straightens the page (see {@link Deskew}), then enlarges it when it is low-resolution; the rotation is
     * about the page centre and keeps the page size, and {@link Prepared#toInput} undoes both for boxes.
     */
    public Prepared prepare(BufferedImage input) {
        return prepare(input, 1);
    }

    /**
     * As {@link #prepare(BufferedImage)}, for a page whose pixels are {@code verticalStretch} times taller
     * than wide (a standard-resolution fax: 200 x 100 dpi): it is first stretched to square pixels, since
     * both the skew estimate and Tesseract's letter shapes assume them.
     */
    public Prepared prepare(BufferedImage input, int verticalStretch) {
        if (verticalStretch < 1) {
            throw new IllegalArgumentException("verticalStretch must be positive");
        }
        BufferedImage square = verticalStretch == 1 ? input : resize(input, input.getWidth(), input.getHeight() * verticalStretch);
        double angle = Deskew.correction(square);
        BufferedImage page = Deskew.rotate(square, angle);
        int factor = factorFor(page.getWidth(), page.getHeight());
        if (factor == 1) {
            return new Prepared(page, 1, angle, input.getWidth(), input.getHeight(), verticalStretch);
        }
        BufferedImage larger = new BufferedImage(page.getWidth() * factor, page.getHeight() * factor,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = larger.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, larger.getWidth(), larger.getHeight());
        g.drawImage(page, 0, 0, larger.getWidth(), larger.getHeight(), null);
        g.dispose();
        return new Prepared(larger, factor, angle, input.getWidth(), input.getHeight(), verticalStretch);
    }

    private static BufferedImage resize(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }
}

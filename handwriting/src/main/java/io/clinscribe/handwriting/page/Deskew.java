package io.clinscribe.handwriting.page;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Straightens a page photographed or fed askew. Tesseract's layout analysis loses whole pages past a few
 * degrees (at -4 degrees it returned nothing on the project's test page). The angle is the one whose
 * horizontal projection of ink is sharpest (text lines give tall, narrow peaks), searched over +-5 degrees
 * on a reduced, binarised copy; the rotated corners are filled with the paper's own colour, since a white
 * fill on a gray page makes a border Tesseract reads as text.
 */
final class Deskew {

    private static final double MAX_DEGREES = 5;
    private static final double STEP_DEGREES = 0.25;
    private static final double MIN_CORRECTION_DEGREES = 0.4;

    private Deskew() {
    }

    /** The rotation applied (degrees, 0 when none was needed). */
    static double correction(BufferedImage page) {
        double angle = skewDegrees(page);
        return Math.abs(angle) < MIN_CORRECTION_DEGREES ? 0 : angle;
    }

    /** The page rotated by {@code -angle} about its centre, the corners filled with the paper's colour. */
    static BufferedImage rotate(BufferedImage page, double angle) {
        if (angle == 0) {
            return page;
        }
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        int paper = paperLevel(page);
        g.setColor(new Color(paper, paper, paper));
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(-angle), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        return out;
    }

    /** The page's skew in degrees (positive: text lines fall to the right). */
    static double skewDegrees(BufferedImage page) {
        int factor = Math.max(1, Math.min(page.getWidth(), page.getHeight()) / 600);
        int w = page.getWidth() / factor;
        int h = page.getHeight() / factor;
        int[] levels = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                levels[y * w + x] = luminance(page.getRGB(x * factor, y * factor));
            }
        }
        int threshold = otsu(levels);
        int count = 0;
        int[] xs = new int[levels.length];
        int[] ys = new int[levels.length];
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] < threshold) {
                xs[count] = i % w;
                ys[count] = i / w;
                count++;
            }
        }
        if (count < 50) {
            return 0;
        }
        double best = 0;
        double bestScore = -1;
        for (double deg = -MAX_DEGREES; deg <= MAX_DEGREES + 1e-9; deg += STEP_DEGREES) {
            double t = Math.tan(Math.toRadians(deg));
            int offset = (int) Math.ceil(Math.abs(t) * w) + 1;
            long[] rows = new long[h + 2 * offset];
            for (int i = 0; i < count; i++) {
                rows[(int) Math.round(ys[i] - xs[i] * t) + offset]++;
            }
            double score = 0;
            for (long r : rows) {
                score += (double) r * r; // peaky profiles (aligned lines) have the largest sum of squares
            }
            if (score > bestScore) {
                bestScore = score;
                best = deg;
            }
        }
        return best;
    }

    private static int luminance(int rgb) {
        return (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
    }

    private static int paperLevel(BufferedImage page) {
        int[] sample = new int[Math.min(10_000, page.getWidth() * page.getHeight())];
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < sample.length; i++) {
            sample[i] = luminance(page.getRGB(random.nextInt(page.getWidth()), random.nextInt(page.getHeight())));
        }
        Arrays.sort(sample);
        return sample[(int) (sample.length * 0.9)];
    }

    private static int otsu(int[] levels) {
        long[] histogram = new long[256];
        for (int v : levels) {
            histogram[v]++;
        }
        long total = levels.length;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (double) i * histogram[i];
        }
        double sumBackground = 0;
        long weightBackground = 0;
        double bestVariance = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            weightBackground += histogram[t];
            if (weightBackground == 0) {
                continue;
            }
            long weightForeground = total - weightBackground;
            if (weightForeground == 0) {
                break;
            }
            sumBackground += (double) t * histogram[t];
            double meanB = sumBackground / weightBackground;
            double meanF = (sum - sumBackground) / weightForeground;
            double variance = (double) weightBackground * weightForeground * (meanB - meanF) * (meanB - meanF);
            if (variance > bestVariance) {
                bestVariance = variance;
                threshold = t + 1;
            }
        }
        return threshold;
    }
}

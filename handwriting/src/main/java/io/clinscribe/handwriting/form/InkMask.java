package io.clinscribe.handwriting.form;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Which pixels of a field's crop are ink. Immutable: each clean-up step returns a new mask. The gray
 * levels it was made from are kept, so the cleaned ink can be drawn with its own shading.
 */
final class InkMask {

    /** Paper and pen differ by far more than this many gray levels; scanner noise does not. */
    private static final int MIN_CONTRAST = 60;

    private final int width;
    private final int height;
    private final boolean[] ink;
    private final int[] gray;

    private InkMask(int width, int height, boolean[] ink, int[] gray) {
        this.width = width;
        this.height = height;
        this.ink = ink;
        this.gray = gray;
    }

    /**
     * The ink of a box of the scan: pixels darker than the threshold Otsu's method puts between paper and
     * ink in this box (a photographed form's light varies across the page, so one threshold per field). A box
     * with no real contrast (blank paper with a little noise) has no ink.
     */
    static InkMask of(BufferedImage scan, Rectangle box) {
        int w = Math.max(1, Math.min(box.width, scan.getWidth() - box.x));
        int h = Math.max(1, Math.min(box.height, scan.getHeight() - box.y));
        int[] gray = new int[w * h];
        int[] histogram = new int[256];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = FormImages.luminance(scan, box.x + x, box.y + y);
                gray[y * w + x] = v;
                histogram[v]++;
            }
        }
        int threshold = otsu(histogram, gray.length);
        boolean[] ink = new boolean[w * h];
        if (contrast(histogram, gray.length) >= MIN_CONTRAST) {
            for (int i = 0; i < ink.length; i++) {
                ink[i] = gray[i] <= threshold;
            }
        }
        return new InkMask(w, h, ink, gray);
    }

    /** A mask drawn directly, as from a test image: dark (under 128) is ink. */
    static InkMask of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] gray = new int[w * h];
        boolean[] ink = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                gray[y * w + x] = FormImages.luminance(image, x, y);
                ink[y * w + x] = gray[y * w + x] < 128;
            }
        }
        return new InkMask(w, h, ink, gray);
    }

    /** The gap between the paper (median) and the darkest 0.2% of the box. */
    private static int contrast(int[] histogram, int total) {
        int dark = -1;
        int paper = -1;
        long seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += histogram[v];
            if (dark < 0 && seen >= Math.max(1, total / 500)) {
                dark = v;
            }
            if (paper < 0 && seen >= total / 2) {
                paper = v;
            }
        }
        return paper - dark;
    }

    private static int otsu(int[] histogram, int total) {
        long sum = 0;
        for (int v = 0; v < 256; v++) {
            sum += (long) v * histogram[v];
        }
        long sumBelow = 0;
        int below = 0;
        double best = -1;
        int threshold = 127;
        for (int t = 0; t < 256; t++) {
            below += histogram[t];
            if (below == 0) {
                continue;
            }
            int above = total - below;
            if (above == 0) {
                break;
            }
            sumBelow += (long) t * histogram[t];
            double meanBelow = (double) sumBelow / below;
            double meanAbove = (double) (sum - sumBelow) / above;
            double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    boolean ink(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height && ink[y * width + x];
    }

    int gray(int x, int y) {
        return gray[y * width + x];
    }

    int inkCount() {
        int n = 0;
        for (boolean b : ink) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** This mask with the pixels {@code remove} marks (indexed {@code y * width + x}) turned to paper. */
    InkMask without(boolean[] remove) {
        boolean[] out = Arrays.copyOf(ink, ink.length);
        for (int i = 0; i < out.length; i++) {
            out[i] &= !remove[i];
        }
        return new InkMask(width, height, out, gray);
    }

    /** The smallest box holding all ink, or null when there is none. */
    Rectangle inkBounds() {
        int x0 = width;
        int y0 = height;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (ink[y * width + x]) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    /**
     * The pen's stroke width in pixels: the median length of the horizontal runs of ink. Handwriting is
     * mostly up-and-down strokes, whose horizontal cut is the stroke width; 0 when there is no ink.
     */
    int strokeWidth() {
        int[] runs = new int[width + 1];
        int count = 0;
        for (int y = 0; y < height; y++) {
            int run = 0;
            for (int x = 0; x <= width; x++) {
                if (x < width && ink[y * width + x]) {
                    run++;
                } else if (run > 0) {
                    runs[run]++;
                    count++;
                    run = 0;
                }
            }
        }
        int seen = 0;
        for (int r = 1; r <= width; r++) {
            seen += runs[r];
            if (2 * seen >= count) {
                return r;
            }
        }
        return 0;
    }
}

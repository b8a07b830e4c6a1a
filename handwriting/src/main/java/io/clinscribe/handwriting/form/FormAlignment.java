package io.clinscribe.handwriting.form;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the template's points lie on a scan: an affine map (shift, scale, small rotation and shear, as
 * a sheet put on the glass askew gets) fitted by least squares to the corner registration marks found
 * on the scan. Without marks, or if fewer than three are found, the template is simply stretched to
 * the scan and the alignment says it is approximate.
 */
public final class FormAlignment {

    private final double[] x; // x' = x[0] * x + x[1] * y + x[2]
    private final double[] y;
    private final int marksFound;
    private final int marksExpected;

    private FormAlignment(double[] x, double[] y, int marksFound, int marksExpected) {
        this.x = x;
        this.y = y;
        this.marksFound = marksFound;
        this.marksExpected = marksExpected;
    }

    public static FormAlignment align(FormTemplate template, BufferedImage scan) {
        double sx = (double) scan.getWidth() / template.width();
        double sy = (double) scan.getHeight() / template.height();
        List<double[]> from = new ArrayList<>();
        List<double[]> to = new ArrayList<>();
        for (FormTemplate.Zone mark : template.registrationMarks()) {
            int size = (int) Math.round((mark.x1() - mark.x0()) * sx);
            // Search the corner region around where the mark would be on a straight scan: a sheet turned
            // by 2-3 degrees moves a far corner by about 4% of the page.
            int cx = (int) Math.round(mark.centreX() * sx);
            int cy = (int) Math.round(mark.centreY() * sy);
            int reach = (int) Math.round(0.06 * Math.max(scan.getWidth(), scan.getHeight()));
            double[] found = darkestSquare(scan, cx - reach, cy - reach, cx + reach, cy + reach, size);
            if (found != null) {
                from.add(new double[] {mark.centreX(), mark.centreY()});
                to.add(found);
            }
        }
        if (from.size() >= 3) {
            return new FormAlignment(fit(from, to, 0), fit(from, to, 1), from.size(), template.registrationMarks().size());
        }
        return new FormAlignment(new double[] {sx, 0, 0}, new double[] {0, sy, 0}, from.size(),
                template.registrationMarks().size());
    }

    /** True when every registration mark was found and the map was fitted to them. */
    public boolean registered() {
        return marksExpected > 0 && marksFound == marksExpected;
    }

    public int marksFound() {
        return marksFound;
    }

    /** The zone's box on the scan (the bounding box of its mapped corners), grown by {@code margin} pixels. */
    public java.awt.Rectangle map(FormTemplate.Zone zone, int margin, int scanWidth, int scanHeight) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int[] corner : new int[][] {{zone.x0(), zone.y0()}, {zone.x1(), zone.y0()}, {zone.x0(), zone.y1()}, {zone.x1(), zone.y1()}}) {
            double px = x[0] * corner[0] + x[1] * corner[1] + x[2];
            double py = y[0] * corner[0] + y[1] * corner[1] + y[2];
            minX = Math.min(minX, px);
            minY = Math.min(minY, py);
            maxX = Math.max(maxX, px);
            maxY = Math.max(maxY, py);
        }
        int x0 = Math.max(0, (int) Math.floor(minX) - margin);
        int y0 = Math.max(0, (int) Math.floor(minY) - margin);
        int x1 = Math.min(scanWidth, (int) Math.ceil(maxX) + margin);
        int y1 = Math.min(scanHeight, (int) Math.ceil(maxY) + margin);
        return new java.awt.Rectangle(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
    }

    /**
     * The centre of the most solidly dark {@code size} x {@code size} square in the region, or null when
     * nothing there is at least 70% dark (a printed mark is; handwriting and text are not).
     */
    static double[] darkestSquare(BufferedImage image, int rx0, int ry0, int rx1, int ry1, int size) {
        rx0 = Math.max(0, rx0);
        ry0 = Math.max(0, ry0);
        rx1 = Math.min(image.getWidth(), rx1);
        ry1 = Math.min(image.getHeight(), ry1);
        int w = rx1 - rx0;
        int h = ry1 - ry0;
        if (size < 4 || w < size || h < size) {
            return null;
        }
        int[][] sum = new int[h + 1][w + 1]; // integral image of dark pixels
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                int dark = FormImages.luminance(image, rx0 + i, ry0 + j) < 128 ? 1 : 0;
                sum[j + 1][i + 1] = sum[j][i + 1] + sum[j + 1][i] - sum[j][i] + dark;
            }
        }
        int best = -1;
        int bx = 0;
        int by = 0;
        for (int j = 0; j + size <= h; j++) {
            for (int i = 0; i + size <= w; i++) {
                int dark = sum[j + size][i + size] - sum[j][i + size] - sum[j + size][i] + sum[j][i];
                if (dark > best) {
                    best = dark;
                    bx = i;
                    by = j;
                }
            }
        }
        if (best < 0.7 * size * size) {
            return null;
        }
        return new double[] {rx0 + bx + size / 2.0, ry0 + by + size / 2.0};
    }

    /** Least squares for one output coordinate: minimise sum (a x + b y + c - target)^2. */
    private static double[] fit(List<double[]> from, List<double[]> to, int coordinate) {
        double[][] m = new double[3][4];
        for (int k = 0; k < from.size(); k++) {
            double[] row = {from.get(k)[0], from.get(k)[1], 1};
            double target = to.get(k)[coordinate];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    m[i][j] += row[i] * row[j];
                }
                m[i][3] += row[i] * target;
            }
        }
        for (int col = 0; col < 3; col++) { // Gauss-Jordan with partial pivoting
            int pivot = col;
            for (int r = col + 1; r < 3; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = 0; r < 3; r++) {
                if (r != col) {
                    double f = m[r][col] / m[col][col];
                    for (int c = col; c < 4; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                }
            }
        }
        return new double[] {m[0][3] / m[0][0], m[1][3] / m[1][1], m[2][3] / m[2][2]};
    }
}

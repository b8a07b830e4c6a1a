package io.clinscribe.handwriting.form;

import java.util.ArrayList;
import java.util.List;

/**
 * The printed lines a form's writing sits on (its own underline, and often the edge of the neighbouring
 * field's), found and removed from a field's ink. Tesseract reads a rule as a row of letters, and a rule
 * joined to the writing makes the whole zone one blob.
 *
 * <p>A rule is a straight line of ink, near horizontal (a sheet put on the glass askew turns it a few
 * degrees, so rows of pixels do not follow it), and far longer than any pen stroke. Its pixels are
 * removed except where a stroke crosses it (ink runs on both above and below), so a descender or a digit
 * written through the line keeps its shape; writing that only sits on the line loses nothing but the
 * line.
 */
final class PrintedRules {

    /**
     * A line {@code y = offset + slope * x} between offsets {@code top} and {@code bottom}, drawn from x0 to
     * x1, along which {@code votes} ink pixels lie on its densest offset.
     */
    record Rule(double slope, double top, double bottom, int x0, int x1, int votes) {
        int length() {
            return x1 - x0 + 1;
        }

        int thickness() {
            return (int) (bottom - top) + 1;
        }
    }

    /** Scans turned further than this are deskewed before forms are read, or are not forms. */
    private static final double MAX_TILT_DEGREES = 5;
    private static final double TILT_STEP_DEGREES = 0.1;
    /** Gaps in a printed line from noise or JPEG, in pixels. */
    private static final int MAX_GAP = 4;
    private static final int MAX_RULES = 3;

    private PrintedRules() {
    }

    /**
     * Whether a line is a printed rule: at least as long as the crop is high and a quarter of its width
     * (longer than a pen's dash or the bar of a T at the size a zone holds writing), thin (at most an
     * eighth of the crop's height; a line of writing is a thick band) and solid (its densest offset is
     * inked along most of its length, as a ruled line is and a row of letters is not).
     */
    static boolean isRule(Rule line, InkMask mask) {
        return line != null
                && line.length() >= Math.max(mask.height(), mask.width() / 4)
                && line.thickness() <= Math.max(3, mask.height() / 8)
                && line.votes() >= 0.7 * line.length();
    }

    /** The mask without its printed rules, strokes crossing them kept. */
    static InkMask remove(InkMask mask) {
        InkMask out = mask;
        for (int i = 0; i < MAX_RULES; i++) {
            Rule rule = strongest(out);
            if (!isRule(rule, out)) {
                break;
            }
            out = out.without(rulePixels(out, rule));
        }
        return out;
    }

    /** The rules found, strongest first (for inspection and tests). */
    static List<Rule> find(InkMask mask) {
        List<Rule> rules = new ArrayList<>();
        InkMask rest = mask;
        for (int i = 0; i < MAX_RULES; i++) {
            Rule rule = strongest(rest);
            if (!isRule(rule, rest)) {
                break;
            }
            rules.add(rule);
            rest = rest.without(rulePixels(rest, rule));
        }
        return rules;
    }

    /**
     * The straight line holding the most ink: every ink pixel votes, for each tilt, for the line through
     * it ({@code offset = y - slope * x}); the tilt and offset with the most votes is the longest line.
     */
    static Rule strongest(InkMask mask) {
        int w = mask.width();
        int h = mask.height();
        int n = mask.inkCount();
        if (n == 0) {
            return null;
        }
        int[] xs = new int[n];
        int[] ys = new int[n];
        int k = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (mask.ink(x, y)) {
                    xs[k] = x;
                    ys[k++] = y;
                }
            }
        }
        int steps = (int) Math.round(MAX_TILT_DEGREES / TILT_STEP_DEGREES);
        int shift = (int) Math.ceil(w * Math.tan(Math.toRadians(MAX_TILT_DEGREES))) + 1;
        int bins = h + 2 * shift + 1;
        int[] votes = new int[bins];
        long bestSharpness = -1;
        double bestSlope = 0;
        int[] bestVotesByOffset = null;
        for (int a = -steps; a <= steps; a++) {
            double slope = Math.tan(Math.toRadians(a * TILT_STEP_DEGREES));
            java.util.Arrays.fill(votes, 0);
            for (int i = 0; i < n; i++) {
                votes[(int) Math.round(ys[i] - slope * xs[i]) + shift]++;
            }
            // The sum of squared votes is largest at the tilt that packs the line's ink into the fewest
            // offsets; the single fullest offset is not, since a thick line splits its votes by rounding.
            long sharpness = 0;
            for (int v : votes) {
                sharpness += (long) v * v;
            }
            if (sharpness > bestSharpness) {
                bestSharpness = sharpness;
                bestSlope = slope;
                bestVotesByOffset = votes.clone();
            }
        }
        int bestVotes = 0;
        for (int v : bestVotesByOffset) {
            bestVotes = Math.max(bestVotes, v);
        }
        int peakBin = 0;
        for (int b = 0; b < bins; b++) {
            if (bestVotesByOffset[b] > bestVotesByOffset[peakBin]) {
                peakBin = b;
            }
        }
        // The line's thickness: the neighbouring offsets that hold a good share of the peak's ink.
        int top = peakBin;
        while (top > 0 && bestVotesByOffset[top - 1] >= 0.3 * bestVotes) {
            top--;
        }
        int bottom = peakBin;
        while (bottom < bins - 1 && bestVotesByOffset[bottom + 1] >= 0.3 * bestVotes) {
            bottom++;
        }
        return longestRun(mask, bestSlope, top - shift, bottom - shift, bestVotes);
    }

    /** Where along x the line is actually drawn: its longest stretch with gaps no longer than {@link #MAX_GAP}. */
    private static Rule longestRun(InkMask mask, double slope, int top, int bottom, int votes) {
        int bestStart = -1;
        int bestEnd = -2;
        int start = -1;
        int lastInk = -1;
        for (int x = 0; x < mask.width(); x++) {
            boolean onLine = false;
            for (int c = top; c <= bottom && !onLine; c++) {
                onLine = mask.ink(x, (int) Math.round(c + slope * x));
            }
            if (onLine) {
                if (start < 0 || x - lastInk > MAX_GAP + 1) {
                    start = x;
                }
                lastInk = x;
                if (lastInk - start > bestEnd - bestStart) {
                    bestStart = start;
                    bestEnd = lastInk;
                }
            }
        }
        return bestStart < 0 ? null : new Rule(slope, top, bottom, bestStart, bestEnd, votes);
    }

    /**
     * The rule's pixels (and a pixel of its blurred edge on each side), leaving out the columns where ink
     * runs on both above and below it: there a stroke crosses the line.
     */
    static boolean[] rulePixels(InkMask mask, Rule rule) {
        int w = mask.width();
        boolean[] remove = new boolean[w * mask.height()];
        for (int x = rule.x0(); x <= rule.x1(); x++) {
            int y0 = (int) Math.floor(rule.top() + rule.slope() * x) - 1;
            int y1 = (int) Math.ceil(rule.bottom() + rule.slope() * x) + 1;
            boolean above = inkNear(mask, x, y0 - 1) && inkNear(mask, x, y0 - 2);
            boolean below = inkNear(mask, x, y1 + 1) && inkNear(mask, x, y1 + 2);
            if (above && below) {
                continue;
            }
            for (int y = Math.max(0, y0); y <= y1 && y < mask.height(); y++) {
                if (mask.ink(x, y)) {
                    remove[y * w + x] = true;
                }
            }
        }
        return remove;
    }

    /** Ink at (x, y) or a pixel to either side: a slanted stroke meets the line a little to one side. */
    private static boolean inkNear(InkMask mask, int x, int y) {
        return mask.ink(x - 1, y) || mask.ink(x, y) || mask.ink(x + 1, y);
    }
}

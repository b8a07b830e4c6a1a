package io.clinscribe.handwriting.ink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tiny single-line lowercase font, to write test ink the way a pen would: each letter is a few strokes of
 * points in ink units (y down, baseline at 0, x-height {@code xHeight}). Enough letters for clinical words such
 * as "aspirin" and "insulin"; shapes follow printed letters so Tesseract can read them.
 */
final class StrokeFont {

    /** One stroke as alternating x, y ink coordinates. */
    record Stroke(double[] xy) {
        int size() {
            return xy.length / 2;
        }
    }

    private static final double GAP = 0.3;
    private static final Map<Character, Double> ADVANCE = Map.ofEntries(
            Map.entry('a', 0.85), Map.entry('s', 0.7), Map.entry('p', 0.85), Map.entry('i', 0.05),
            Map.entry('r', 0.55), Map.entry('n', 0.75), Map.entry('u', 0.75), Map.entry('l', 0.05),
            Map.entry('o', 0.85), Map.entry('e', 0.85), Map.entry('c', 0.75), Map.entry('t', 0.5));

    private final double xHeight;

    StrokeFont(double xHeight) {
        this.xHeight = xHeight;
    }

    /** The strokes of a word written from (x0, baseline), letters in writing order. */
    List<Stroke> word(String word, double x0, double baseline) {
        List<Stroke> strokes = new ArrayList<>();
        double x = x0;
        for (char c : word.toCharArray()) {
            Double advance = ADVANCE.get(c);
            if (advance == null) {
                throw new IllegalArgumentException("no strokes for " + c);
            }
            for (double[][] unit : letter(c)) {
                double[] xy = new double[unit.length * 2];
                for (int i = 0; i < unit.length; i++) {
                    xy[2 * i] = x + unit[i][0] * xHeight;
                    xy[2 * i + 1] = baseline + unit[i][1] * xHeight;
                }
                strokes.add(new Stroke(xy));
            }
            x += (advance + GAP) * xHeight;
        }
        return strokes;
    }

    /**
     * The word as a hand would vary it: the whole word slanted and turned a little, each stroke shifted and
     * every point wobbled, all from {@code random} so a test stays repeatable.
     */
    List<Stroke> handwritten(String word, double x0, double baseline, java.util.Random random) {
        double shear = random.nextGaussian() * 0.12;
        double turn = random.nextGaussian() * 0.03;
        double shift = xHeight * 0.04;
        double wobble = xHeight * 0.01;
        List<Stroke> varied = new ArrayList<>();
        for (Stroke stroke : word(word, x0, baseline)) {
            double[] xy = stroke.xy().clone();
            double dx = random.nextGaussian() * shift;
            double dy = random.nextGaussian() * shift;
            for (int i = 0; i < xy.length / 2; i++) {
                double x = xy[2 * i] - x0;
                double y = xy[2 * i + 1] - baseline;
                x -= shear * y;
                double turnedX = x * Math.cos(turn) - y * Math.sin(turn);
                double turnedY = x * Math.sin(turn) + y * Math.cos(turn);
                xy[2 * i] = x0 + turnedX + dx + random.nextGaussian() * wobble;
                xy[2 * i + 1] = baseline + turnedY + dy + random.nextGaussian() * wobble;
            }
            varied.add(new Stroke(xy));
        }
        return varied;
    }

    private static List<double[][]> letter(char c) {
        return switch (c) {
            case 'a' -> List.<double[][]>of(ellipse(0.4, -0.5, 0.4, 0.5, 0, 360), line(0.85, -1, 0.85, 0));
            case 's' -> List.<double[][]>of(join(ellipse(0.35, -0.75, 0.33, 0.25, 20, 270), ellipse(0.35, -0.25, 0.35, 0.25, 90, -160)));
            case 'p' -> List.<double[][]>of(line(0, -1, 0, 0.9), ellipse(0.43, -0.5, 0.42, 0.5, 180, 540));
            case 'i' -> List.<double[][]>of(line(0, -1, 0, 0), line(0, -1.4, 0, -1.4));
            case 'l' -> List.<double[][]>of(line(0, -1.7, 0, 0));
            case 'r' -> List.<double[][]>of(line(0, -1, 0, 0), ellipse(0.4, -0.55, 0.4, 0.45, 180, 60));
            case 'n' -> List.<double[][]>of(line(0, -1, 0, 0), join(ellipse(0.375, -0.6, 0.375, 0.4, 180, 0), line(0.75, -0.6, 0.75, 0)));
            case 'u' -> List.<double[][]>of(join(line(0, -1, 0, -0.4), ellipse(0.375, -0.4, 0.375, 0.4, 180, 360)), line(0.75, -1, 0.75, 0));
            case 'o' -> List.<double[][]>of(ellipse(0.425, -0.5, 0.425, 0.5, 90, 450));
            case 'c' -> List.<double[][]>of(ellipse(0.4, -0.5, 0.4, 0.5, 45, 315));
            case 'e' -> List.<double[][]>of(join(line(0.05, -0.5, 0.85, -0.5), ellipse(0.425, -0.5, 0.425, 0.5, 0, 320)));
            case 't' -> List.<double[][]>of(join(line(0.2, -1.5, 0.2, -0.15), ellipse(0.4, -0.15, 0.2, 0.15, 180, 330)), line(0, -1, 0.5, -1));
            default -> throw new IllegalArgumentException("no strokes for " + c);
        };
    }

    /** Points along an ellipse, angles in degrees counter-clockwise from the right (y down, so "up" is -y). */
    private static double[][] ellipse(double cx, double cy, double rx, double ry, double fromDeg, double toDeg) {
        int steps = (int) Math.max(4, Math.abs(toDeg - fromDeg) / 10);
        double[][] points = new double[steps + 1][];
        for (int i = 0; i <= steps; i++) {
            double angle = Math.toRadians(fromDeg + (toDeg - fromDeg) * i / steps);
            points[i] = new double[] {cx + rx * Math.cos(angle), cy - ry * Math.sin(angle)};
        }
        return points;
    }

    private static double[][] line(double x0, double y0, double x1, double y1) {
        int steps = (int) Math.max(1, Math.hypot(x1 - x0, y1 - y0) / 0.1);
        double[][] points = new double[steps + 1][];
        for (int i = 0; i <= steps; i++) {
            points[i] = new double[] {x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps};
        }
        return points;
    }

    private static double[][] join(double[][] first, double[][] second) {
        double[][] joined = new double[first.length + second.length][];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}

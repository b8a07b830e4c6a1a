package io.clinscribe.handwriting.ink;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Writes strokes as InkML the way a smart pen export does: an absolute timestamp, a T channel in ms. */
final class InkmlSamples {

    static final long START_MILLIS = 1_764_000_000_000L;
    /** Each stroke takes this long, and the pen is lifted for {@link #PEN_UP_MS} between strokes. */
    static final double STROKE_MS = 200;
    static final double PEN_UP_MS = 100;

    private InkmlSamples() {
    }

    static byte[] timedInk(List<StrokeFont.Stroke> strokes) {
        StringBuilder ink = new StringBuilder();
        ink.append("<ink xmlns=\"http://www.w3.org/2003/InkML\">\n<definitions>\n")
                .append("  <timestamp xml:id=\"ts0\" time=\"").append(START_MILLIS).append("\"/>\n")
                .append("  <context xml:id=\"pen\"><traceFormat>\n")
                .append("    <channel name=\"X\" type=\"decimal\"/><channel name=\"Y\" type=\"decimal\"/>\n")
                .append("    <channel name=\"T\" type=\"integer\" units=\"ms\" respectTo=\"#ts0\"/>\n")
                .append("  </traceFormat></context>\n</definitions>\n");
        for (int s = 0; s < strokes.size(); s++) {
            double[] xy = strokes.get(s).xy();
            int n = xy.length / 2;
            ink.append("<trace xml:id=\"s").append(s + 1).append("\" contextRef=\"#pen\">");
            for (int i = 0; i < n; i++) {
                double t = strokeStart(s) + (n > 1 ? STROKE_MS * i / (n - 1) : 0);
                ink.append(i == 0 ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%.1f %.1f %d", xy[2 * i], xy[2 * i + 1], Math.round(t)));
            }
            ink.append("</trace>\n");
        }
        ink.append("</ink>\n");
        return ink.toString().getBytes(StandardCharsets.UTF_8);
    }

    static double strokeStart(int strokeIndex) {
        return strokeIndex * (STROKE_MS + PEN_UP_MS);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

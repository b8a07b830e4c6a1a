package io.clinscribe.handwriting.ink;

import java.util.List;
import org.w3c.dom.Element;

/**
 * A trace's channels pulled out of the parsed rows, before the document's time basis is known. {@code times}
 * is null when the trace carries no timing (no T channel, no {@code timeOffset}).
 */
record PendingTrace(String id, double[] xs, double[] ys, double[] forces, double[] times, boolean absoluteTime) {

    static PendingTrace of(String id, int number, List<double[]> rows, InkTraceFormat format, TimeOrigin contextTime,
                           Element trace, String source) throws InkInputException {
        int n = rows.size();
        int xIndex = format.indexOf("X");
        int yIndex = format.indexOf("Y");
        int tIndex = format.indexOf("T");
        int fIndex = format.indexOf("F");
        double xSign = format.regular().get(xIndex).reversed() ? -1 : 1;
        double ySign = format.regular().get(yIndex).reversed() ? -1 : 1;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] forces = new double[n];
        for (int i = 0; i < n; i++) {
            double[] row = rows.get(i);
            xs[i] = coordinate(row[xIndex] * xSign, "X", number, i, source);
            ys[i] = coordinate(row[yIndex] * ySign, "Y", number, i, source);
            forces[i] = fIndex >= 0 ? row[fIndex] : Double.NaN;
        }
        Double offset = attributeNumber(trace, "timeOffset", number, source);
        Double duration = attributeNumber(trace, "duration", number, source);
        TimeOrigin start = (contextTime != null ? contextTime : TimeOrigin.NONE).plus(offset != null ? offset : 0);
        double[] times = null;
        boolean absolute = false;
        if (tIndex >= 0) {
            InkChannel channel = format.regular().get(tIndex);
            TimeOrigin origin = channel.respectTo() != null ? channel.respectTo() : start;
            times = new double[n];
            for (int i = 0; i < n; i++) {
                times[i] = origin.millis() + rows.get(i)[tIndex] * channel.unitScale();
                if (!Double.isFinite(times[i])) {
                    return new PendingTrace(id, xs, ys, forces, null, false); // unknown times ("?"): no timing
                }
            }
            absolute = origin.absolute();
        } else if (offset != null) {
            // Only start (and maybe duration) known: spread the points evenly, as a pen samples at a fixed rate.
            double span = duration != null ? duration : 0;
            times = new double[n];
            for (int i = 0; i < n; i++) {
                times[i] = start.millis() + (n > 1 ? span * i / (n - 1) : 0);
            }
            absolute = start.absolute();
        }
        return new PendingTrace(id, xs, ys, forces, times, absolute);
    }

    private static double coordinate(double value, String channel, int trace, int point, String source)
            throws InkInputException {
        if (!Double.isFinite(value) || Math.abs(value) > InkmlReader.MAX_ABS_COORDINATE) {
            throw new InkInputException(source + ": trace " + trace + ", point " + (point + 1) + ": " + channel
                    + " is unknown or beyond " + (long) InkmlReader.MAX_ABS_COORDINATE);
        }
        return value;
    }

    private static Double attributeNumber(Element trace, String attribute, int number, String source)
            throws InkInputException {
        if (!trace.hasAttribute(attribute)) {
            return null;
        }
        try {
            double value = Double.parseDouble(trace.getAttribute(attribute).trim());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InkInputException(source + ": trace " + number + ": <trace " + attribute + "> is not a number");
    }
}

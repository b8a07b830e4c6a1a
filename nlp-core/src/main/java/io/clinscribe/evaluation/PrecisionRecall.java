package io.clinscribe.evaluation;

/**
 * True positive, false positive and false negative counts with the measures taken from them. A measure
 * whose denominator is zero is undefined ({@code NaN}), printed as "-", never silently 0 or 1.
 */
public record PrecisionRecall(int truePositives, int falsePositives, int falseNegatives) {

    public static final PrecisionRecall NONE = new PrecisionRecall(0, 0, 0);

    public PrecisionRecall {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** 2TP / (2TP + FP + FN), the harmonic mean of precision and recall (0 when either is 0). */
    public double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    public PrecisionRecall plus(PrecisionRecall o) {
        return new PrecisionRecall(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives);
    }

    static double ratio(int numerator, int denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}

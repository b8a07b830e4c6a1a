package io.clinscribe.evaluation.negex;

/** Confusion counts of one binary assertion flag (positive = negated, historical, ...). */
public record FlagCounts(String flag, int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    public FlagCounts add(boolean gold, boolean predicted) {
        return new FlagCounts(flag,
                truePositives + (gold && predicted ? 1 : 0),
                falsePositives + (!gold && predicted ? 1 : 0),
                falseNegatives + (gold && !predicted ? 1 : 0),
                trueNegatives + (!gold && !predicted ? 1 : 0));
    }

    public static FlagCounts empty(String flag) {
        return new FlagCounts(flag, 0, 0, 0, 0);
    }

    public int goldPositives() {
        return truePositives + falseNegatives;
    }

    public int total() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    /** Precision; 1 when nothing was predicted positive (no false alarms). */
    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : truePositives / (double) predicted;
    }

    /** Recall; 1 when the gold has no positives. */
    public double recall() {
        int gold = goldPositives();
        return gold == 0 ? 1.0 : truePositives / (double) gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public double accuracy() {
        int n = total();
        return n == 0 ? 1.0 : (truePositives + trueNegatives) / (double) n;
    }
}

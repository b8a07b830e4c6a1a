package io.clinscribe.evaluation;

/**
 * Codes on matched entry pairs. A gold code is found when the predicted entry carries the same system and
 * code; a predicted code is correct when the gold entry carries it.
 */
public record CodeScore(int goldCodes, int goldCodesFound, int predictedCodes, int predictedCodesCorrect) {

    public static final CodeScore NONE = new CodeScore(0, 0, 0, 0);

    /** Found gold codes over all gold codes: the hit rate of FORMAT.md. */
    public double hitRate() {
        return PrecisionRecall.ratio(goldCodesFound, goldCodes);
    }

    public double precision() {
        return PrecisionRecall.ratio(predictedCodesCorrect, predictedCodes);
    }

    public CodeScore plus(CodeScore o) {
        return new CodeScore(goldCodes + o.goldCodes, goldCodesFound + o.goldCodesFound,
                predictedCodes + o.predictedCodes, predictedCodesCorrect + o.predictedCodesCorrect);
    }
}

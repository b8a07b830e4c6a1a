package io.clinscribe.evaluation;

/** How many of the compared values were right; {@link #value()} is {@code NaN} when nothing was compared. */
public record Accuracy(int correct, int total) {

    public static final Accuracy NONE = new Accuracy(0, 0);

    public Accuracy {
        if (correct < 0 || total < correct) {
            throw new IllegalArgumentException("invalid accuracy " + correct + "/" + total);
        }
    }

    public double value() {
        return PrecisionRecall.ratio(correct, total);
    }

    public Accuracy plus(boolean right) {
        return new Accuracy(correct + (right ? 1 : 0), total + 1);
    }

    public Accuracy plus(Accuracy o) {
        return new Accuracy(correct + o.correct, total + o.total);
    }
}

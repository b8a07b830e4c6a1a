package io.clinscribe.speech.audio;

/**
 * Band-limited sample-rate conversion: a Hann-windowed sinc whose cut-off sits below the lower of the
 * two Nyquist frequencies, so 44.1 or 48 kHz recordings do not alias into the speech band (linear
 * interpolation would). The kernel is tabulated once per conversion and read with linear interpolation,
 * which keeps the cost near a hundred multiply-adds per output sample.
 */
final class Resampler {

    private static final int ZERO_CROSSINGS = 16;
    private static final int TABLE_STEPS_PER_SAMPLE = 256;

    private Resampler() {
    }

    static float[] resample(float[] in, int fromRate, int toRate) {
        if (fromRate == toRate) {
            return in;
        }
        double ratio = (double) toRate / fromRate;
        double cutoff = Math.min(1.0, ratio) * 0.95; // relative to the input Nyquist frequency
        double halfWidth = ZERO_CROSSINGS / cutoff;   // in input samples
        float[] kernel = kernel(cutoff, halfWidth);
        int outLength = (int) Math.floor(in.length * ratio);
        float[] out = new float[outLength];
        for (int n = 0; n < outLength; n++) {
            double t = n / ratio;
            int first = Math.max(0, (int) Math.ceil(t - halfWidth));
            int last = Math.min(in.length - 1, (int) Math.floor(t + halfWidth));
            double sum = 0;
            for (int k = first; k <= last; k++) {
                double position = Math.abs(t - k) * TABLE_STEPS_PER_SAMPLE;
                int index = (int) position;
                if (index + 1 >= kernel.length) {
                    continue;
                }
                double fraction = position - index;
                sum += in[k] * (kernel[index] + fraction * (kernel[index + 1] - kernel[index]));
            }
            out[n] = (float) sum;
        }
        return out;
    }

    private static float[] kernel(double cutoff, double halfWidth) {
        float[] table = new float[(int) Math.ceil(halfWidth * TABLE_STEPS_PER_SAMPLE) + 2];
        for (int i = 0; i < table.length; i++) {
            double x = (double) i / TABLE_STEPS_PER_SAMPLE;
            double window = x >= halfWidth ? 0 : 0.5 + 0.5 * Math.cos(Math.PI * x / halfWidth);
            table[i] = (float) (cutoff * sinc(cutoff * x) * window);
        }
        return table;
    }

    private static double sinc(double x) {
        if (Math.abs(x) < 1e-9) {
            return 1;
        }
        double px = Math.PI * x;
        return Math.sin(px) / px;
    }
}

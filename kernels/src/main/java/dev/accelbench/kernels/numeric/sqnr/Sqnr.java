package dev.accelbench.kernels.numeric.sqnr;

/**
 * Signal-to-quantization-noise ratio in dB: 10 log10(sum x^2 / sum (x - q(x))^2), accumulated in
 * double. +Inf when q(x) = x everywhere (no noise); NaN when q produced a NaN.
 */
public final class Sqnr {

    private Sqnr() {
    }

    public static double db(float[] signal, float[] quantized) {
        if (signal.length != quantized.length) {
            throw new IllegalArgumentException("signal has " + signal.length + " values but its quantized copy "
                    + quantized.length);
        }
        double power = 0;
        double noise = 0;
        for (int i = 0; i < signal.length; i++) {
            double x = signal[i];
            double e = x - quantized[i];
            power += x * x;
            noise += e * e;
        }
        return 10 * Math.log10(power / noise);
    }
}

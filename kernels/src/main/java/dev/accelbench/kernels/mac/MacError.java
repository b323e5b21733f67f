package dev.accelbench.kernels.mac;

/**
 * The error of a MAC, defined once: |c - c_ref| / sum |a_i b_i|, where a and b are the inputs
 * already rounded to the multiplier's format and c_ref = sum a_i b_i exactly (to double precision),
 * so that only the MAC's own arithmetic (product rounding, accumulation) counts, not the
 * quantization of its inputs. The denominator, not |c_ref|, keeps the figure meaningful when the
 * products cancel.
 */
public final class MacError {

    private MacError() {
    }

    /** The error of {@code c}, the MAC's result for the dot product of x and y. */
    public static double of(MacConfig config, float[] x, float[] y, double c) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("dot product of vectors of lengths " + x.length + " and " + y.length);
        }
        double[] xq = ScalarMac.quantize(config.input(), x, x.length);
        double[] yq = ScalarMac.quantize(config.input(), y, y.length);
        return of(xq, 0, 1, yq, 0, 1, x.length, c);
    }

    /** The same over already-rounded inputs at the given offsets and strides. */
    static double of(double[] x, int xOff, int xStride, double[] y, int yOff, int yStride, int k, double c) {
        double sum = 0;
        double compensation = 0;
        double magnitude = 0;
        for (int p = 0; p < k; p++) {
            double product = x[xOff + p * xStride] * y[yOff + p * yStride]; // exact
            double s = sum + product;
            compensation += Adder.twoSumError(sum, product, s);
            sum = s;
            magnitude += Math.abs(product);
        }
        double reference = sum + compensation;
        if (magnitude == 0) {
            return c == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.abs(c - reference) / magnitude;
    }
}

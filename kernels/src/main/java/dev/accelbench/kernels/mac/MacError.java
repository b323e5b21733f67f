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

    /**
     * The mean error over {@code samples} output elements of a MAC GEMM (C = A B, row-major, as
     * {@link ScalarMac#gemm}), drawn with replacement from {@code seed}: what benchmarks report.
     */
    public static double meanOfGemm(MacConfig config, int m, int n, int k, float[] a, float[] b, double[] c, int samples,
                                    long seed) {
        MacArgs.check(m, n, k, a, b, c);
        if (m == 0 || n == 0) {
            return 0;
        }
        double[] aq = ScalarMac.quantize(config.input(), a, m * k);
        double[] bq = ScalarMac.quantize(config.input(), b, k * n);
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        double sum = 0;
        for (int s = 0; s < samples; s++) {
            int i = random.nextInt(m);
            int j = random.nextInt(n);
            sum += of(aq, i * k, 1, bq, j, n, k, c[i * n + j]);
        }
        return sum / samples;
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

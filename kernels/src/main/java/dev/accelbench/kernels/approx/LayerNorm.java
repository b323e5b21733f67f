package dev.accelbench.kernels.approx;

import static dev.accelbench.kernels.platform.KernelSpecies.FLOAT;

import dev.accelbench.kernels.platform.Lanes;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;

/**
 * LayerNorm s = gamma (z - mu) / sigma + beta, sigma = sqrt(var + eps), and RMSNorm
 * s = gamma z / sqrt(mean z^2 + eps), over one row of n floats. The vector form of LayerNorm is
 * three passes (mean; sum of squared deviations, the numerically sound two-pass variance;
 * normalise); RMSNorm two (sum of squares; normalise). The inverse standard deviation comes from
 * an {@link Op#RSQRT} variant, so {@link Rsqrt#EXACT} gives the exact kernel and the others the
 * approximate-rsqrt one (one rsqrt per row, which is why it barely changes the speed; HAAN's
 * skipping, {@link HaanNorm}, removes the statistics passes instead).
 */
public final class LayerNorm {

    private LayerNorm() {
    }

    /** Float64 reference of one LayerNorm row. */
    public static double[] reference(float[] x, int off, int n, float[] gamma, float[] beta, float eps) {
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += x[off + i];
        }
        mean /= n;
        double var = 0;
        for (int i = 0; i < n; i++) {
            double d = x[off + i] - mean;
            var += d * d;
        }
        double isd = 1 / Math.sqrt(var / n + eps);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = gamma[i] * (x[off + i] - mean) * isd + beta[i];
        }
        return y;
    }

    /** Float64 reference of one RMSNorm row. */
    public static double[] rmsReference(float[] x, int off, int n, float[] gamma, float eps) {
        double ss = 0;
        for (int i = 0; i < n; i++) {
            ss += (double) x[off + i] * x[off + i];
        }
        double inv = 1 / Math.sqrt(ss / n + eps);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = gamma[i] * x[off + i] * inv;
        }
        return y;
    }

    /** The mean of a row (Vector API). */
    public static float mean(float[] x, int off, int n) {
        FloatVector acc = FloatVector.zero(FLOAT);
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            acc = FloatVector.fromArray(FLOAT, x, off + i).add(acc);
        }
        float sum = Lanes.ONE.mul(acc).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            sum += x[off + i];
        }
        return sum / n;
    }

    /** The variance of a row about a given mean, sum (x - mu)^2 / n (Vector API). */
    public static float variance(float[] x, int off, int n, float mean) {
        FloatVector acc = FloatVector.zero(FLOAT);
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            FloatVector d = FloatVector.fromArray(FLOAT, x, off + i).sub(mean);
            acc = d.fma(d, acc);
        }
        float sum = Lanes.ONE.mul(acc).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            float d = x[off + i] - mean;
            sum = Math.fma(d, d, sum);
        }
        return sum / n;
    }

    /** The mean square of a row, sum x^2 / n (Vector API). */
    public static float meanSquare(float[] x, int off, int n) {
        return variance(x, off, n, 0f);
    }

    /** The normalising pass: y = gamma (x - mean) isd + beta (beta may be null: RMSNorm). */
    public static void normalize(float[] x, int xOff, float[] y, int yOff, int n, float mean, float isd,
                                 float[] gamma, float[] beta) {
        int i = 0;
        int bound = FLOAT.loopBound(n);
        if (beta == null) {
            for (; i < bound; i += FLOAT.length()) {
                FloatVector g = FloatVector.fromArray(FLOAT, gamma, i).mul(isd);
                FloatVector.fromArray(FLOAT, x, xOff + i).sub(mean).mul(g).intoArray(y, yOff + i);
            }
            for (; i < n; i++) {
                y[yOff + i] = (x[xOff + i] - mean) * (gamma[i] * isd);
            }
            return;
        }
        for (; i < bound; i += FLOAT.length()) {
            FloatVector g = FloatVector.fromArray(FLOAT, gamma, i).mul(isd);
            FloatVector.fromArray(FLOAT, x, xOff + i).sub(mean)
                    .fma(g, FloatVector.fromArray(FLOAT, beta, i)).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = Math.fma(x[xOff + i] - mean, gamma[i] * isd, beta[i]);
        }
    }

    /** One LayerNorm row (Vector API) with the given rsqrt variant; returns the 1/sigma it used. */
    public static float apply(float[] x, int xOff, float[] y, int yOff, int n, float[] gamma, float[] beta, float eps,
                              UnaryApprox rsqrt) {
        check(n, gamma, beta, eps, rsqrt);
        float mean = mean(x, xOff, n);
        float isd = rsqrt.apply(variance(x, xOff, n, mean) + eps);
        normalize(x, xOff, y, yOff, n, mean, isd, gamma, beta);
        return isd;
    }

    /** One RMSNorm row (Vector API) with the given rsqrt variant; returns the 1/rms it used. */
    public static float rms(float[] x, int xOff, float[] y, int yOff, int n, float[] gamma, float eps, UnaryApprox rsqrt) {
        check(n, gamma, null, eps, rsqrt);
        float isd = rsqrt.apply(meanSquare(x, xOff, n) + eps);
        normalize(x, xOff, y, yOff, n, 0f, isd, gamma, null);
        return isd;
    }

    /** The scalar LayerNorm row: the same passes without vectors, {@code 1/Math.sqrt}. */
    public static void scalar(float[] x, int xOff, float[] y, int yOff, int n, float[] gamma, float[] beta, float eps) {
        float sum = 0;
        for (int i = 0; i < n; i++) {
            sum += x[xOff + i];
        }
        float mean = sum / n;
        float ss = 0;
        for (int i = 0; i < n; i++) {
            float d = x[xOff + i] - mean;
            ss += d * d;
        }
        float isd = (float) (1 / Math.sqrt(ss / n + eps));
        for (int i = 0; i < n; i++) {
            y[yOff + i] = gamma[i] * (x[xOff + i] - mean) * isd + beta[i];
        }
    }

    static void check(int n, float[] gamma, float[] beta, float eps, UnaryApprox rsqrt) {
        if (n < 1 || gamma.length < n || (beta != null && beta.length < n)) {
            throw new IllegalArgumentException("a row of " + n + " needs gamma" + (beta != null ? " and beta" : "")
                    + " of at least that length, got " + gamma.length + (beta != null ? " and " + beta.length : ""));
        }
        if (!(eps >= 0)) {
            throw new IllegalArgumentException("eps must be >= 0, got " + eps);
        }
        if (rsqrt.op() != Op.RSQRT) {
            throw new IllegalArgumentException("normalisation needs an rsqrt variant, got " + rsqrt.key());
        }
    }
}

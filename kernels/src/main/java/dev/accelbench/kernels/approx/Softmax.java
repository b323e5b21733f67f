package dev.accelbench.kernels.approx;

import static dev.accelbench.kernels.platform.KernelSpecies.FLOAT;

import dev.accelbench.kernels.platform.Lanes;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Row-wise softmax, max-subtracted: s_i = e^(z_i - m) / sum_j e^(z_j - m), m = max z, so no
 * exponent exceeds 0 and nothing overflows. The vector form runs three passes over a row (max;
 * z - m then the chosen exp variant in place; sum and scale by the reciprocal of the sum), the
 * exp variant deciding speed and error; with the Vector API's EXP (the exact reference) the
 * subtraction, exp and sum are one fused pass. -Inf entries (masked positions) give 0; a row of -Inf or
 * with a NaN gives NaN, as in PyTorch.
 */
public final class Softmax {

    private Softmax() {
    }

    /** The float64 reference of one row. */
    public static double[] reference(float[] x, int off, int n) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            m = Math.max(m, x[off + i]);
        }
        double[] y = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            y[i] = Math.exp(x[off + i] - m);
            sum += y[i];
        }
        for (int i = 0; i < n; i++) {
            y[i] /= sum;
        }
        return y;
    }

    /** The scalar baseline: the same three passes with {@code Math.exp} and no vectors. */
    public static void scalar(float[] x, int xOff, float[] y, int yOff, int n) {
        float m = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            m = Math.max(m, x[xOff + i]);
        }
        float sum = 0;
        for (int i = 0; i < n; i++) {
            float e = (float) Math.exp(x[xOff + i] - m);
            y[yOff + i] = e;
            sum += e;
        }
        float inv = 1f / sum;
        for (int i = 0; i < n; i++) {
            y[yOff + i] *= inv;
        }
    }

    /** One row with the Vector API and the given exp variant (an {@link Op#EXP} approximation). */
    public static void apply(float[] x, int xOff, float[] y, int yOff, int n, UnaryApprox exp) {
        if (exp.op() != Op.EXP) {
            throw new IllegalArgumentException("softmax needs an exp variant, got " + exp.key());
        }
        int bound = FLOAT.loopBound(n);
        FloatVector mv = FloatVector.broadcast(FLOAT, Float.NEGATIVE_INFINITY);
        int i = 0;
        for (; i < bound; i += FLOAT.length()) {
            mv = FloatVector.fromArray(FLOAT, x, xOff + i).max(mv);
        }
        float m = Lanes.ONE.mul(mv).reduceLanes(VectorOperators.MAX);
        for (; i < n; i++) {
            m = Math.max(m, x[xOff + i]);
        }
        float sum = exp == ExpVariant.VECTOR ? expSumFused(x, xOff, y, yOff, n, m) : expSum(x, xOff, y, yOff, n, m, exp);
        float inv = 1f / sum;
        for (i = 0; i < bound; i += FLOAT.length()) {
            FloatVector.fromArray(FLOAT, y, yOff + i).mul(inv).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] *= inv;
        }
    }

    /**
     * y = e^(x - m) with the Vector API's EXP and the sum, in one pass: the exact reference's
     * path (the approximate variants go through their bulk method, {@link #expSum}).
     */
    private static float expSumFused(float[] x, int xOff, float[] y, int yOff, int n, float m) {
        int bound = FLOAT.loopBound(n);
        FloatVector sv = FloatVector.zero(FLOAT);
        int i = 0;
        for (; i < bound; i += FLOAT.length()) {
            FloatVector e = FloatVector.fromArray(FLOAT, x, xOff + i).sub(m).lanewise(VectorOperators.EXP);
            e.intoArray(y, yOff + i);
            sv = e.add(sv);
        }
        float sum = Lanes.ONE.mul(sv).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            float e = (float) Math.exp(x[xOff + i] - m);
            y[yOff + i] = e;
            sum += e;
        }
        return sum;
    }

    /** x - m into y, the exp variant in place, then the sum: three passes over L1-resident data. */
    private static float expSum(float[] x, int xOff, float[] y, int yOff, int n, float m, UnaryApprox exp) {
        int bound = FLOAT.loopBound(n);
        int i = 0;
        for (; i < bound; i += FLOAT.length()) {
            FloatVector.fromArray(FLOAT, x, xOff + i).sub(m).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = x[xOff + i] - m;
        }
        exp.apply(y, yOff, y, yOff, n);
        FloatVector sv = FloatVector.zero(FLOAT);
        for (i = 0; i < bound; i += FLOAT.length()) {
            sv = FloatVector.fromArray(FLOAT, y, yOff + i).add(sv);
        }
        float sum = Lanes.ONE.mul(sv).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            sum += y[yOff + i];
        }
        return sum;
    }

    /** Every row of a rows x cols row-major matrix. */
    public static void rows(float[] x, float[] y, int rows, int cols, UnaryApprox exp) {
        checkShape(x, y, rows, cols);
        for (int r = 0; r < rows; r++) {
            apply(x, r * cols, y, r * cols, cols, exp);
        }
    }

    /** Every row with the scalar baseline. */
    public static void rowsScalar(float[] x, float[] y, int rows, int cols) {
        checkShape(x, y, rows, cols);
        for (int r = 0; r < rows; r++) {
            scalar(x, r * cols, y, r * cols, cols);
        }
    }

    static void checkShape(float[] x, float[] y, int rows, int cols) {
        if (rows < 0 || cols < 1 || (long) rows * cols > x.length || (long) rows * cols > y.length) {
            throw new IllegalArgumentException("a " + rows + " x " + cols + " matrix does not fit arrays of "
                    + x.length + " and " + y.length + " floats");
        }
    }
}

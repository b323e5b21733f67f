package dev.accelbench.kernels.gemm;

import java.util.SplittableRandom;

/**
 * The error of a GEMM, defined once for every GEMM in the suite: the relative Frobenius norm
 * ||C - C_ref||_F / ||C_ref||_F against the float64 reference of alpha op(A) op(B) (beta = 0).
 * At large sizes the reference is too costly in full, so it may be taken over a seeded sample of
 * output elements; with every element it is exact.
 */
public final class GemmError {

    /** Output elements a benchmark samples: enough for two significant digits of a typical error. */
    public static final int SAMPLES = 256;

    private GemmError() {
    }

    /** Over every element of C (m x n). */
    public static double relativeFrobenius(Op opA, Op opB, int m, int n, int k, float alpha, float[] a, int lda,
                                           float[] b, int ldb, float[] c, int ldc) {
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double reference = alpha * GemmReference.element(opA, opB, k, a, 0, lda, b, 0, ldb, i, j);
                double d = c[i * ldc + j] - reference;
                diff += d * d;
                norm += reference * reference;
            }
        }
        return ratio(diff, norm);
    }

    /** Over {@code samples} output elements drawn with replacement from a seeded generator. */
    public static double sampledRelativeFrobenius(Op opA, Op opB, int m, int n, int k, float alpha, float[] a, int lda,
                                                  float[] b, int ldb, float[] c, int ldc, int samples, long seed) {
        if (m == 0 || n == 0) {
            return 0;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double diff = 0;
        double norm = 0;
        for (int s = 0; s < samples; s++) {
            int i = random.nextInt(m);
            int j = random.nextInt(n);
            double reference = alpha * GemmReference.element(opA, opB, k, a, 0, lda, b, 0, ldb, i, j);
            double d = c[i * ldc + j] - reference;
            diff += d * d;
            norm += reference * reference;
        }
        return ratio(diff, norm);
    }

    private static double ratio(double diff, double norm) {
        return norm == 0 ? (diff == 0 ? 0 : Double.POSITIVE_INFINITY) : Math.sqrt(diff / norm);
    }
}

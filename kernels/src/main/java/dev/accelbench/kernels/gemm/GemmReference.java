package dev.accelbench.kernels.gemm;

/**
 * The obviously correct GEMM: a triple loop accumulating in double, the reference of every fast
 * GEMM. With beta = 0, C is not read, so NaN or Inf in C does not propagate (as in BLAS).
 */
public final class GemmReference {

    private GemmReference() {
    }

    /** C = alpha op(A) op(B) + beta C in double, rounded once to float. */
    public static void gemm(Op opA, Op opB, int m, int n, int k, float alpha, float[] a, int aOff, int lda, float[] b,
                            int bOff, int ldb, float beta, float[] c, int cOff, int ldc) {
        GemmArgs.check(opA, opB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    double aip = opA == Op.N ? a[aOff + i * lda + p] : a[aOff + p * lda + i];
                    double bpj = opB == Op.N ? b[bOff + p * ldb + j] : b[bOff + j * ldb + p];
                    sum += aip * bpj;
                }
                int at = cOff + i * ldc + j;
                double old = beta == 0 ? 0 : (double) beta * c[at];
                c[at] = (float) ((double) alpha * sum + old);
            }
        }
    }

    /** One element of op(A) op(B) in double, for sampled error estimates of large products. */
    public static double element(Op opA, Op opB, int k, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                                 int i, int j) {
        double sum = 0;
        for (int p = 0; p < k; p++) {
            double aip = opA == Op.N ? a[aOff + i * lda + p] : a[aOff + p * lda + i];
            double bpj = opB == Op.N ? b[bOff + p * ldb + j] : b[bOff + j * ldb + p];
            sum += aip * bpj;
        }
        return sum;
    }
}

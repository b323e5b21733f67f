package dev.accelbench.kernels.gemm;

/**
 * The three GEMMs of a linear layer's training step, with row-major X (batch x in), W (in x out)
 * and Y (batch x out), none of them transposed in memory (lecture 12, "in-place transposed matrix
 * multiplication"): {@link Sgemm}'s packing reads the transposed operands where they lie.
 * <pre>
 * forward          Y  = X  W      Sgemm N, N   m = batch, n = out, k = in
 * input gradient   dX = dY W^T    Sgemm N, T   m = batch, n = in,  k = out
 * weight gradient  dW = X^T dY    Sgemm T, N   m = in,    n = out, k = batch
 * </pre>
 * Each takes a thread count; {@code accumulate} adds into the output (beta = 1, as gradient
 * accumulation over micro-batches does) instead of overwriting it (beta = 0, output not read).
 */
public final class TrainingGemms {

    private TrainingGemms() {
    }

    /** Y (batch x out) = X (batch x in) W (in x out). */
    public static void forward(int batch, int in, int out, float[] x, float[] w, float[] y, int threads) {
        Sgemm.gemm(Op.N, Op.N, batch, out, in, 1f, x, 0, in, w, 0, out, 0f, y, 0, out, threads);
    }

    /** dX (batch x in) = dY (batch x out) W^T, W stored in x out. */
    public static void inputGradient(int batch, int in, int out, float[] dy, float[] w, float[] dx, int threads) {
        Sgemm.gemm(Op.N, Op.T, batch, in, out, 1f, dy, 0, out, w, 0, out, 0f, dx, 0, in, threads);
    }

    /** dW (in x out) = X^T dY (or dW += X^T dY with {@code accumulate}), X stored batch x in. */
    public static void weightGradient(int batch, int in, int out, float[] x, float[] dy, float[] dw, boolean accumulate,
                                      int threads) {
        Sgemm.gemm(Op.T, Op.N, in, out, batch, 1f, x, 0, in, dy, 0, out, accumulate ? 1f : 0f, dw, 0, out, threads);
    }
}

package dev.accelbench.kernels.gemm;

/**
 * Argument checks shared by every GEMM: C (m x n) = alpha op(A) (m x k) op(B) (k x n) + beta C, all
 * row-major with leading dimensions. Messages carry the numbers, so a caller sees what was wrong.
 */
final class GemmArgs {

    private GemmArgs() {
    }

    static void check(Op opA, Op opB, int m, int n, int k, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                      float[] c, int cOff, int ldc) {
        check(opA, opB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc, true);
    }

    /** With {@code checkInputs = false} only the ops, dimensions and C are checked (for operands of other types). */
    static void check(Op opA, Op opB, int m, int n, int k, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                      float[] c, int cOff, int ldc, boolean checkInputs) {
        if (opA == null || opB == null) {
            throw new IllegalArgumentException("GEMM operation must be N or T, got opA=" + opA + ", opB=" + opB);
        }
        if (m < 0 || n < 0 || k < 0) {
            throw new IllegalArgumentException("GEMM dimensions must be >= 0, got m=" + m + ", n=" + n + ", k=" + k);
        }
        // op(A) is m x k: stored m x k (N) or k x m (T); op(B) is k x n: stored k x n (N) or n x k (T).
        if (checkInputs) {
            operand("A", a, aOff, lda, opA == Op.N ? m : k, opA == Op.N ? k : m);
            operand("B", b, bOff, ldb, opB == Op.N ? k : n, opB == Op.N ? n : k);
        }
        operand("C", c, cOff, ldc, m, n);
    }

    private static void requireNonNull(String name, Object x) {
        if (x == null) {
            throw new IllegalArgumentException(name + " is null");
        }
    }

    /** A stored rows x cols operand with leading dimension ld at offset off. */
    static void operand(String name, float[] x, int off, int ld, int rows, int cols) {
        requireNonNull(name, x);
        operand(name, x.length, off, ld, rows, cols);
    }

    /** The same check for an array of any type and the given length. */
    static void operand(String name, int length, int off, int ld, int rows, int cols) {
        if (ld < Math.max(1, cols)) {
            throw new IllegalArgumentException("leading dimension of " + name + " must be >= max(1, " + cols
                    + ") for a " + rows + " x " + cols + " operand, got " + ld);
        }
        if (off < 0) {
            throw new IllegalArgumentException("offset of " + name + " must be >= 0, got " + off);
        }
        long needed = rows == 0 || cols == 0 ? 0 : off + (long) (rows - 1) * ld + cols;
        if (needed > length) {
            throw new IllegalArgumentException(name + " (" + rows + " x " + cols + ", leading dimension " + ld
                    + ", offset " + off + ") needs " + needed + " elements, the array has " + length);
        }
    }
}

package dev.accelbench.kernels.gemm;

/** How a GEMM operand is stored: as the matrix itself (N) or as its transpose (T), row-major either way. */
public enum Op {
    /** Not transposed: an r x c operand is stored r x c. */
    N,
    /** Transposed: an r x c operand is stored c x r, so op(X) = X^T is read without copying. */
    T
}

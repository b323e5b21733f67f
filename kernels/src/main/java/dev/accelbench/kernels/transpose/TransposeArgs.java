package dev.accelbench.kernels.transpose;

/** Argument checks shared by the transpose kernels, with messages that carry the numbers. */
final class TransposeArgs {

    private TransposeArgs() {
    }

    /** Fails unless a {@code rows x cols} matrix at {@code offset} fits in an array of {@code length}. */
    static void matrix(String operand, int length, int offset, int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException(
                    "matrix sides must be >= 0, got " + rows + " x " + cols + " (" + operand + ")");
        }
        if (offset < 0) {
            throw new IllegalArgumentException(operand + ": offset must be >= 0, got " + offset);
        }
        long needed = (long) rows * cols;
        if (offset + needed > length) {
            throw new IllegalArgumentException("a " + rows + " x " + cols + " matrix needs " + needed
                    + " elements" + (offset == 0 ? "" : " from offset " + offset) + ", but " + operand
                    + " has " + length);
        }
    }

    static void threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    static void distinct(Object src, Object dst) {
        if (src == dst) {
            throw new IllegalArgumentException(
                    "out-of-place transpose needs two different arrays; use InPlaceTranspose for one");
        }
    }
}

package dev.accelbench.kernels.blas;

/** Argument checks shared by the level-1 kernels, with messages that name the operand. */
final class Ranges {

    private Ranges() {
    }

    /** Fails unless {@code [offset, offset + n)} lies inside an array of the given length. */
    static void check(String operand, int length, int offset, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("length n must be >= 0, got " + n);
        }
        if (offset < 0 || offset > length - n) {
            throw new IndexOutOfBoundsException(
                    operand + ": elements [" + offset + ", " + ((long) offset + n) + ") do not fit in an array of "
                            + length);
        }
    }
}

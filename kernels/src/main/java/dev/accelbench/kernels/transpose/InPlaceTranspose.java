package dev.accelbench.kernels.transpose;

/**
 * In-place transpose of a row-major M x N float matrix into the row-major N x M matrix, by any of
 * the methods here, and the automatic choice of the fastest applicable one ({@link #choose}).
 */
public final class InPlaceTranspose {

    /**
     * Below this gcd(M, N) the blocked method's segments are too short for {@code arraycopy} to
     * stream and the shuffle decomposition wins (16 floats = one cache line).
     */
    static final int MIN_BLOCKED_GCD = 16;

    /** The methods, each correct for every shape. */
    public enum Method {
        /** Tile swaps across the diagonal ({@link SquareTranspose}); square matrices only. */
        SQUARE,
        /** Element cycle following with a visited bitmap ({@link CycleFollowingTranspose}). */
        CYCLE_FOLLOWING,
        /** Catanzaro-Keller-Garland column / row / column shuffles ({@link ShuffleTranspose}). */
        SHUFFLE,
        /** Cycle following over gcd(M, N)-float segments and blocks ({@link BlockedGcdTranspose}). */
        BLOCKED_GCD
    }

    private InPlaceTranspose() {
    }

    /** The fastest method for the shape: square tiles, blocked gcd when the sides share a large factor, else the shuffles. */
    public static Method choose(int rows, int cols) {
        if (rows == cols) {
            return Method.SQUARE;
        }
        if (rows > 1 && cols > 1 && Parallel.gcd(rows, cols) >= MIN_BLOCKED_GCD) {
            return Method.BLOCKED_GCD;
        }
        return Method.SHUFFLE;
    }

    /** Whole array, chosen method, all available processors. */
    public static void transpose(float[] a, int rows, int cols) {
        transpose(a, 0, rows, cols, Runtime.getRuntime().availableProcessors());
    }

    /** Chosen method on up to {@code threads} threads. */
    public static void transpose(float[] a, int off, int rows, int cols, int threads) {
        TransposeArgs.matrix("a", a.length, off, rows, cols);
        transpose(choose(rows, cols), a, off, rows, cols, threads);
    }

    /**
     * The given method on up to {@code threads} threads (cycle following is always serial).
     *
     * @throws IllegalArgumentException for {@link Method#SQUARE} on a non-square shape, and for bad shapes
     */
    public static void transpose(Method method, float[] a, int off, int rows, int cols, int threads) {
        TransposeArgs.matrix("a", a.length, off, rows, cols);
        TransposeArgs.threads(threads);
        switch (method) {
            case SQUARE -> {
                if (rows != cols) {
                    throw new IllegalArgumentException(
                            "the square method needs rows == cols, got " + rows + " x " + cols);
                }
                SquareTranspose.transpose(a, off, rows, threads);
            }
            case CYCLE_FOLLOWING -> CycleFollowingTranspose.transpose(a, off, rows, cols);
            case SHUFFLE -> ShuffleTranspose.transpose(a, off, rows, cols, threads);
            case BLOCKED_GCD -> BlockedGcdTranspose.transpose(a, off, rows, cols, threads);
        }
    }

    /**
     * The most extra memory the method holds at once, per thread, for this shape (none for the
     * square tiles); the shuffles allocate a buffer per step, so their total allocation is larger.
     */
    public static long extraBytes(Method method, int rows, int cols) {
        return switch (method) {
            case SQUARE -> 0;
            case CYCLE_FOLLOWING -> CycleFollowingTranspose.extraBytes(rows, cols);
            case SHUFFLE -> ShuffleTranspose.extraBytes(rows, cols);
            case BLOCKED_GCD -> BlockedGcdTranspose.extraBytes(rows, cols);
        };
    }
}

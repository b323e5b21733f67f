package dev.accelbench.kernels.transpose;

/**
 * In-place transpose of an M x N float matrix that moves whole g-float segments instead of single
 * floats, g = gcd(M, N). Fast when g is large (hundreds), correct for any shape.
 *
 * <p>With M = a g and N = b g, row i = r1 g + r2 of the matrix is b segments of g floats, so the
 * matrix is a grid [a][g][b] of segments indexed (r1, r2, c1), and the g x g block (r1, c1) is
 * made of the segments (r1, *, c1), at row stride N. Two passes:
 * <ol>
 *   <li>transpose every g x g block where it is ({@link SquareTranspose} at row stride N): segment
 *       (r1, r2, c1) now holds column c1 g + r2 of the input, rows r1 g .. r1 g + g - 1;
 *   <li>that is exactly the segment the result wants at row c1 g + r2, column block r1: grid
 *       position (c1, r2, r1) of the result's [b][g][a] grid. Swap the outer axes of the segment
 *       grid by cycle following whose moves are {@code arraycopy}s of g floats ({@link SegmentCycles}).
 * </ol>
 * 4096 x 1024 (g = 1024): 4 block transposes, then a 4 x 1024 x 1 grid; 3000 x 7000 (g = 1000): 21
 * blocks, then [3][1000][7].
 *
 * <p>Extra memory: per thread, a bitmap of one bit per segment (MN / g = lcm(M, N) bits) and a
 * buffer of at most {@value SegmentCycles#CHUNK} floats.
 */
public final class BlockedGcdTranspose {

    private BlockedGcdTranspose() {
    }

    /** The matrix at {@code off} on up to {@code threads} threads. */
    public static void transpose(float[] a, int off, int rows, int cols, int threads) {
        TransposeArgs.matrix("a", a.length, off, rows, cols);
        TransposeArgs.threads(threads);
        if (rows <= 1 || cols <= 1) {
            return;
        }
        int g = Parallel.gcd(rows, cols);
        int ra = rows / g;
        int cb = cols / g;
        int blocks = ra * cb;
        if (blocks >= threads) {
            Parallel.forRange(blocks, threads, (from, to) -> {
                for (int k = from; k < to; k++) {
                    SquareTranspose.strided(a, off + (k / cb) * g * cols + (k % cb) * g, g, cols, 0, 1);
                }
            });
        } else {
            for (int k = 0; k < blocks; k++) {
                int blockOff = off + (k / cb) * g * cols + (k % cb) * g;
                Parallel.forEach(threads, t -> SquareTranspose.strided(a, blockOff, g, cols, t, threads));
            }
        }
        SegmentCycles.swapOuter(a, off, ra, g, cb, g, threads);
    }

    /** Extra bytes one call allocates on one thread (each further thread allocates as much). */
    public static long extraBytes(int rows, int cols) {
        if (rows <= 1 || cols <= 1) {
            return 0;
        }
        int g = Parallel.gcd(rows, cols);
        return SegmentCycles.extraBytes((long) rows / g * cols, g);
    }
}

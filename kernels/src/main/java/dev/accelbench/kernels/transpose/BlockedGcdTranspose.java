package dev.accelbench.kernels.transpose;

/**
 * In-place transpose of an M x N float matrix that moves whole g-float segments and g x g blocks,
 * g = gcd(M, N), instead of single floats. Fast when g is large (hundreds), correct for any shape.
 *
 * <p>With M = a g and N = b g, index (i, j) = (r1 g + r2, c1 g + c2) sits at
 * {@code ((r1 g + r2) b + c1) g + c2}: the matrix is the 4-D array [a][g][b][g] indexed
 * (r1, r2, c1, c2), and the transpose must leave (c1, c2, r1, r2). Three steps:
 * <ol>
 *   <li>in each of the a slabs (r1), transpose the g x b matrix of g-segments: (r1, c1, r2, c2),
 *       i.e. a x b contiguous g x g blocks (skipped when b = 1);
 *   <li>transpose every g x g block in place ({@link SquareTranspose}): (r1, c1, c2, r2);
 *   <li>transpose the a x (b g) matrix of g-segments: (c1, c2, r1, r2) (skipped when a = 1).
 * </ol>
 * Steps 1 and 3 are {@link SegmentCycles}: cycle following whose moves are {@code arraycopy}s of g
 * floats. 4096 x 1024 (g = 1024, b = 1) takes steps 2 and 3, two passes over the data; 3000 x 7000
 * (g = 1000) all three.
 *
 * <p>Extra memory: per thread, a bitmap of one bit per segment of the step's matrix (N bits in
 * step 1, a N = lcm(M, N) bits in step 3) and a buffer of at most {@value SegmentCycles#CHUNK}
 * floats.
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
        if (cb > 1) {
            if (ra >= threads) {
                Parallel.forRange(ra, threads, (from, to) -> {
                    for (int r1 = from; r1 < to; r1++) {
                        SegmentCycles.lanes(a, off + r1 * g * cols, g, cb, g, 0, g);
                    }
                });
            } else {
                for (int r1 = 0; r1 < ra; r1++) {
                    SegmentCycles.transpose(a, off + r1 * g * cols, g, cb, g, threads);
                }
            }
        }
        int blocks = ra * cb;
        if (blocks >= threads) {
            Parallel.forRange(blocks, threads, (from, to) -> {
                for (int k = from; k < to; k++) {
                    SquareTranspose.transpose(a, off + k * g * g, g, 1);
                }
            });
        } else {
            for (int k = 0; k < blocks; k++) {
                SquareTranspose.transpose(a, off + k * g * g, g, threads);
            }
        }
        if (ra > 1) {
            SegmentCycles.transpose(a, off, ra, cols, g, threads);
        }
    }

    /** Extra bytes one call allocates on one thread (each further thread allocates as much). */
    public static long extraBytes(int rows, int cols) {
        if (rows <= 1 || cols <= 1) {
            return 0;
        }
        int g = Parallel.gcd(rows, cols);
        return Math.max(SegmentCycles.extraBytes(g, cols / g, g), SegmentCycles.extraBytes(rows / g, cols, g));
    }
}

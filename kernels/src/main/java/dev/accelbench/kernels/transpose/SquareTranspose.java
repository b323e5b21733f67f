package dev.accelbench.kernels.transpose;

/**
 * In-place transpose of a square n x n float matrix by swapping tiles across the diagonal: tile
 * (I, J) and tile (J, I) are both loaded, transposed and stored in each other's place; diagonal
 * tiles are transposed where they are. No extra memory.
 *
 * <p>The tiles are 8 x 8 register tiles ({@link RegisterTile#swap}) where the kernel width allows,
 * visited in {@value #TILE_BLOCK} x {@value #TILE_BLOCK} blocks so that the column band read below the
 * diagonal stays in cache for the next tile row; rows and columns past the last whole tile are
 * swapped element by element. {@link #scalar} swaps elements over the same blocks.
 */
public final class SquareTranspose {

    /** Block side of the scalar element swaps. */
    static final int BLOCK = 64;
    /**
     * Block side of the register-tile swaps: a 256-float column band below the diagonal (4096 x
     * 4096: 4 MiB read across 256 pages per block row) was faster than 64 (best-of-8 timings on
     * the shared 2-core EPYC, 4096 x 4096: 64 gave 0.49-0.67x the copy, 128 0.48-0.77x, 256
     * 0.60-0.81x, 512 0.45-0.55x; 32 only 0.30x).
     */
    static final int TILE_BLOCK = 256;

    private SquareTranspose() {
    }

    /** Whole array, all available processors. */
    public static void transpose(float[] a, int n) {
        transpose(a, 0, n, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The matrix at {@code off} on up to {@code threads} threads; thread t takes block rows t, t +
     * threads, ... (the triangle's rows shrink, so interleaving balances them).
     */
    public static void transpose(float[] a, int off, int n, int threads) {
        TransposeArgs.matrix("a", a.length, off, n, n);
        TransposeArgs.threads(threads);
        int block = RegisterTile.ENABLED ? TILE_BLOCK : BLOCK;
        int blockRows = (n + block - 1) / block;
        int tasks = (long) n * n < (1 << 18) ? 1 : Math.max(1, Math.min(threads, blockRows));
        Parallel.forEach(tasks, task -> strided(a, off, n, n, task, tasks));
    }

    /**
     * The n x n block at {@code off} of a matrix with row stride {@code ld}, block rows first,
     * first + step, ...: the share of one thread.
     */
    static void strided(float[] a, int off, int n, int ld, int first, int step) {
        if (!RegisterTile.ENABLED) {
            scalarBlocks(a, off, n, ld, first, step);
            return;
        }
        int t = RegisterTile.SIZE;
        // The tile grid starts at row and column s, chosen so that tiles are 32-byte aligned in a
        // large array (see OutOfPlaceTranspose.ALIGN_SHIFT); rows align alike only if ld % 8 == 0.
        int s = ld % t == 0 ? Math.min(n, Math.floorMod(OutOfPlaceTranspose.ALIGN_SHIFT - off, t)) : 0;
        int end = s + (n - s) / t * t;
        tiles(a, off + s * ld + s, end - s, ld, first, step);
        if (first == 0) {
            // Pairs (i, j), i < j, with an index outside [s, end), which the tiles do not touch.
            for (int j = 0; j < n; j++) {
                int iEnd = j < s || j >= end ? j : s;
                for (int i = 0; i < iEnd; i++) {
                    swap(a, off + i * ld + j, off + j * ld + i);
                }
            }
        }
    }

    /** Element swaps over the same blocks, one thread: the scalar baseline. */
    public static void scalar(float[] a, int n) {
        TransposeArgs.matrix("a", a.length, 0, n, n);
        scalarBlocks(a, 0, n, n, 0, 1);
    }

    /** The tiles of the n x n block at off (n a multiple of 8): block rows first, first + step, ... */
    private static void tiles(float[] a, int off, int n, int ld, int first, int step) {
        int t = RegisterTile.SIZE;
        for (int ib = first * TILE_BLOCK; ib < n; ib += step * TILE_BLOCK) {
            int ie = Math.min(n, ib + TILE_BLOCK);
            for (int jb = ib; jb < n; jb += TILE_BLOCK) {
                int je = Math.min(n, jb + TILE_BLOCK);
                for (int i = ib; i < ie; i += t) {
                    for (int j = Math.max(i, jb); j < je; j += t) {
                        RegisterTile.swap(a, off + i * ld + j, off + j * ld + i, ld);
                    }
                }
            }
        }
    }

    private static void scalarBlocks(float[] a, int off, int n, int ld, int first, int step) {
        for (int ib = first * BLOCK; ib < n; ib += step * BLOCK) {
            int ie = Math.min(n, ib + BLOCK);
            for (int jb = ib; jb < n; jb += BLOCK) {
                int je = Math.min(n, jb + BLOCK);
                for (int i = ib; i < ie; i++) {
                    for (int j = Math.max(i + 1, jb); j < je; j++) {
                        swap(a, off + i * ld + j, off + j * ld + i);
                    }
                }
            }
        }
    }

    private static void swap(float[] a, int p, int q) {
        float x = a[p];
        a[p] = a[q];
        a[q] = x;
    }
}

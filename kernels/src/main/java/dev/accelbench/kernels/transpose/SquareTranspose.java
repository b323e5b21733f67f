package dev.accelbench.kernels.transpose;

/**
 * In-place transpose of a square n x n float matrix by swapping tiles across the diagonal: tile
 * (I, J) and tile (J, I) are both loaded, transposed and stored in each other's place; diagonal
 * tiles are transposed where they are. No extra memory.
 *
 * <p>The tiles are 8 x 8 register tiles ({@link RegisterTile#swap}) where the kernel width allows,
 * visited in {@value #BLOCK} x {@value #BLOCK} blocks so that the column band read below the
 * diagonal stays in cache for the next tile row; rows and columns past the last whole tile are
 * swapped element by element. {@link #scalar} swaps elements over the same blocks.
 */
public final class SquareTranspose {

    static final int BLOCK = 64;

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
        if (!RegisterTile.ENABLED) {
            scalarBlocks(a, off, n, 0, 1);
            return;
        }
        int t = RegisterTile.SIZE;
        int tiled = n / t * t;
        int blockRows = (tiled + BLOCK - 1) / BLOCK;
        int tasks = (long) n * n < (1 << 18) ? 1 : Math.max(1, Math.min(threads, blockRows));
        Parallel.forEach(tasks, task -> tiles(a, off, n, tiled, task, tasks));
        // Pairs with at least one index past the tiles.
        for (int j = tiled; j < n; j++) {
            for (int i = 0; i < j; i++) {
                swap(a, off + i * n + j, off + j * n + i);
            }
        }
    }

    /** Element swaps over the same blocks, one thread: the scalar baseline. */
    public static void scalar(float[] a, int n) {
        TransposeArgs.matrix("a", a.length, 0, n, n);
        scalarBlocks(a, 0, n, 0, 1);
    }

    private static void tiles(float[] a, int off, int n, int tiled, int first, int step) {
        int t = RegisterTile.SIZE;
        for (int ib = first * BLOCK; ib < tiled; ib += step * BLOCK) {
            int ie = Math.min(tiled, ib + BLOCK);
            for (int jb = ib; jb < tiled; jb += BLOCK) {
                int je = Math.min(tiled, jb + BLOCK);
                for (int i = ib; i < ie; i += t) {
                    for (int j = Math.max(i, jb); j < je; j += t) {
                        RegisterTile.swap(a, off + i * n + j, off + j * n + i, n);
                    }
                }
            }
        }
    }

    private static void scalarBlocks(float[] a, int off, int n, int first, int step) {
        for (int ib = first * BLOCK; ib < n; ib += step * BLOCK) {
            int ie = Math.min(n, ib + BLOCK);
            for (int jb = ib; jb < n; jb += BLOCK) {
                int je = Math.min(n, jb + BLOCK);
                for (int i = ib; i < ie; i++) {
                    for (int j = Math.max(i + 1, jb); j < je; j++) {
                        swap(a, off + i * n + j, off + j * n + i);
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

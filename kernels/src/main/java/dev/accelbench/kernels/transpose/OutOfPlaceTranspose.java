package dev.accelbench.kernels.transpose;

/**
 * Out-of-place transpose of a row-major float matrix: {@code dst[j * rows + i] = src[i * cols + j]}
 * (offsets added), three ways.
 *
 * <ul>
 *   <li>{@link #naive}: the two-loop reference. Its writes stride through dst by {@code rows}, so on
 *       large matrices every write misses the cache.
 *   <li>{@link #blocked}: the same loops over {@value #BLOCK} x {@value #BLOCK} blocks, so the
 *       block's source lines and destination lines both stay in L1 while it is done.
 *   <li>{@link #vector}: the blocks are walked in 8 x 8 register tiles ({@link RegisterTile}):
 *       eight 32-byte loads, 24 permutes and 24 blends, eight 32-byte stores; the edges that do not
 *       fill a tile take the scalar loop.
 * </ul>
 *
 * <p>{@link #transpose} takes the vector kernel where the kernel width allows it, on up to
 * {@code threads} threads that split the rows into bands.
 */
public final class OutOfPlaceTranspose {

    /** Side of a cache block: 64 x 64 floats read (16 KiB) and written fit in a 32 KiB L1 together. */
    static final int BLOCK = 64;

    private OutOfPlaceTranspose() {
    }

    /** The reference: the plain two loops. */
    public static void naive(float[] src, int srcOff, float[] dst, int dstOff, int rows, int cols) {
        check(src, srcOff, dst, dstOff, rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                dst[dstOff + j * rows + i] = src[srcOff + i * cols + j];
            }
        }
    }

    /** Whole arrays, reference loops. */
    public static void naive(float[] src, float[] dst, int rows, int cols) {
        naive(src, 0, dst, 0, rows, cols);
    }

    /** Cache-blocked scalar loops. */
    public static void blocked(float[] src, float[] dst, int rows, int cols) {
        check(src, 0, dst, 0, rows, cols);
        blockedRows(src, 0, dst, 0, rows, cols, 0, rows);
    }

    /** Cache-blocked 8 x 8 register tiles (scalar loops where the kernel width is below 256 bits). */
    public static void vector(float[] src, float[] dst, int rows, int cols) {
        check(src, 0, dst, 0, rows, cols);
        rows(src, 0, dst, 0, rows, cols, 0, rows);
    }

    /** The fastest kernel on all available processors. */
    public static void transpose(float[] src, float[] dst, int rows, int cols) {
        transpose(src, 0, dst, 0, rows, cols, Runtime.getRuntime().availableProcessors());
    }

    /** The fastest kernel on up to {@code threads} threads, each taking a band of whole blocks of rows. */
    public static void transpose(float[] src, int srcOff, float[] dst, int dstOff, int rows, int cols, int threads) {
        check(src, srcOff, dst, dstOff, rows, cols);
        TransposeArgs.threads(threads);
        // Below ~1 MiB a second thread costs more to start than it saves.
        int band = (long) rows * cols < (1 << 18) ? Math.max(1, rows) : BLOCK;
        int bands = (rows + band - 1) / band;
        Parallel.forRange(bands, threads, (from, to) ->
                rows(src, srcOff, dst, dstOff, rows, cols, from * band, Math.min(rows, to * band)));
    }

    private static void rows(float[] src, int so, float[] dst, int d0, int rows, int cols, int i0, int i1) {
        if (RegisterTile.ENABLED) {
            tiledRows(src, so, dst, d0, rows, cols, i0, i1);
        } else {
            blockedRows(src, so, dst, d0, rows, cols, i0, i1);
        }
    }

    /** Rows [i0, i1) of the blocked scalar transpose. */
    static void blockedRows(float[] src, int so, float[] dst, int d0, int rows, int cols, int i0, int i1) {
        for (int ib = i0; ib < i1; ib += BLOCK) {
            int ie = Math.min(i1, ib + BLOCK);
            for (int jb = 0; jb < cols; jb += BLOCK) {
                int je = Math.min(cols, jb + BLOCK);
                for (int i = ib; i < ie; i++) {
                    int s = so + i * cols;
                    for (int j = jb; j < je; j++) {
                        dst[d0 + j * rows + i] = src[s + j];
                    }
                }
            }
        }
    }

    /** Rows [i0, i1) in register tiles; rows and columns beyond the last whole tile go scalar. */
    private static void tiledRows(float[] src, int so, float[] dst, int d0, int rows, int cols, int i0, int i1) {
        final int t = RegisterTile.SIZE;
        int iTiles = i0 + (i1 - i0) / t * t;
        int jTiles = cols / t * t;
        for (int ib = i0; ib < iTiles; ib += BLOCK) {
            int ie = Math.min(iTiles, ib + BLOCK);
            for (int jb = 0; jb < jTiles; jb += BLOCK) {
                int je = Math.min(jTiles, jb + BLOCK);
                for (int i = ib; i < ie; i += t) {
                    for (int j = jb; j < je; j += t) {
                        RegisterTile.copy(src, so + i * cols + j, cols, dst, d0 + j * rows + i, rows);
                    }
                }
            }
        }
        for (int i = i0; i < iTiles; i++) {
            for (int j = jTiles; j < cols; j++) {
                dst[d0 + j * rows + i] = src[so + i * cols + j];
            }
        }
        blockedRows(src, so, dst, d0, rows, cols, iTiles, i1);
    }

    private static void check(float[] src, int srcOff, float[] dst, int dstOff, int rows, int cols) {
        TransposeArgs.distinct(src, dst);
        TransposeArgs.matrix("src", src.length, srcOff, rows, cols);
        TransposeArgs.matrix("dst", dst.length, dstOff, rows, cols);
    }
}

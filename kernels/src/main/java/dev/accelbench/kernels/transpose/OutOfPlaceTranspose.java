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
 *       eight 32-byte loads, 24 permutes and 24 blends, eight 32-byte stores; at a 512-bit kernel
 *       width in 16 x 16 tiles ({@link WideTile}); the edges that do not fill a tile take the
 *       scalar loop.
 * </ul>
 *
 * <p>{@link #transpose} takes the vector kernel where the kernel width allows it, on up to
 * {@code threads} threads that split the rows into bands.
 */
public final class OutOfPlaceTranspose {

    /** Side of a scalar cache block: 64 x 64 floats read (16 KiB) and written fit in a 32 KiB L1 together. */
    static final int BLOCK = 64;
    /**
     * Register-tile blocks, 256 x 256 floats (256 KiB read, 256 KiB written, within a 512 KiB L2):
     * larger than the scalar block because their cost is TLB misses, one 4 KiB page per destination
     * row, and lines that stay half written until the tile row below completes them. Measured on
     * 4096 x 4096 (best of 8 timings against the copy's best, 2-core AVX2 EPYC, shared): 64 x 64
     * blocks 0.33x the copy, 128 x 256 0.27-0.50x, 256 x 256 0.44-0.66x, and 256 x 256 was ahead
     * of 128 x 256 on 9 of 10 shape-runs (4096x4096 ... 4099x1021); 512 x 256, 256 x 512 and
     * 192 x 256 no better. Orders that complete destination lines sooner lost (see package-info).
     */
    static final int TILE_BLOCK_ROWS = 256;
    static final int TILE_BLOCK_COLS = 256;
    /**
     * Index, modulo 8, at which a 32-byte-aligned run of floats starts in a large array: G1
     * allocates arrays of a region or more at a region boundary, and HotSpot's 16-byte array
     * header puts element 0 at byte 16, so elements 4, 12, 20, ... start 32-byte boundaries.
     * Smaller arrays are only 8-byte aligned; for them (and under compact object headers) the
     * shift is merely useless, never wrong. Misaligned tiles straddle cache lines (up to 1.6x slower).
     */
    static final int ALIGN_SHIFT = 4;
    /** The same for 64-byte (16-float) runs, the rows of {@link WideTile}: elements 12, 28, 44, ... */
    static final int WIDE_ALIGN_SHIFT = 12;

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

    /**
     * Cache-blocked register tiles: 16 x 16 at a 512-bit kernel width, 8 x 8 at 256 (scalar loops
     * below 256 bits).
     */
    public static void vector(float[] src, float[] dst, int rows, int cols) {
        check(src, 0, dst, 0, rows, cols);
        rows(src, 0, dst, 0, rows, cols, 0, rows);
    }

    /** The tiles of the given side whatever the kernel width (16 emulates 512-bit vectors on smaller machines): for tests. */
    static void vector(float[] src, float[] dst, int rows, int cols, boolean wide) {
        check(src, 0, dst, 0, rows, cols);
        tiledRows(src, 0, dst, 0, rows, cols, 0, rows, wide);
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
        int band = (long) rows * cols < (1 << 18) ? Math.max(1, rows) : TILE_BLOCK_ROWS;
        int bands = (rows + band - 1) / band;
        Parallel.forRange(bands, threads, (from, to) ->
                rows(src, srcOff, dst, dstOff, rows, cols, from * band, Math.min(rows, to * band)));
    }

    private static void rows(float[] src, int so, float[] dst, int d0, int rows, int cols, int i0, int i1) {
        if (RegisterTile.ENABLED) {
            tiledRows(src, so, dst, d0, rows, cols, i0, i1, WideTile.ENABLED);
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

    /**
     * Rows [i0, i1) in register tiles (16 x 16 if {@code wide}, else 8 x 8) over TILE_BLOCK_ROWS x
     * TILE_BLOCK_COLS blocks; the rows and columns outside the tile grid go scalar. The grid is
     * shifted so that, in a large array, every tile row load and store stays within one cache line
     * (see {@link #ALIGN_SHIFT}); the shift only applies along a side whose length is a multiple of
     * the tile side, the only case where it aligns every row.
     */
    private static void tiledRows(float[] src, int so, float[] dst, int d0, int rows, int cols, int i0, int i1,
                                  boolean wide) {
        final int t = wide ? WideTile.SIZE : RegisterTile.SIZE;
        final int shift = wide ? WIDE_ALIGN_SHIFT : ALIGN_SHIFT;
        // Source row i, column j is at so + i * cols + j: aligned columns need cols % t == 0;
        // destination row j, column i at d0 + j * rows + i: aligned rows need rows % t == 0.
        int si = rows % t == 0 ? Math.floorMod(shift - d0, t) : 0;
        int sj = cols % t == 0 ? Math.floorMod(shift - so, t) : 0;
        int iStart = Math.min(i1, i0 + Math.floorMod(si - i0, t));
        int iEnd = iStart + (i1 - iStart) / t * t;
        int jStart = Math.min(cols, sj);
        int jEnd = jStart + (cols - jStart) / t * t;
        for (int ib = iStart; ib < iEnd; ib += TILE_BLOCK_ROWS) {
            int ie = Math.min(iEnd, ib + TILE_BLOCK_ROWS);
            for (int jb = jStart; jb < jEnd; jb += TILE_BLOCK_COLS) {
                int je = Math.min(jEnd, jb + TILE_BLOCK_COLS);
                for (int i = ib; i < ie; i += t) {
                    for (int j = jb; j < je; j += t) {
                        if (wide) {
                            WideTile.copy(src, so + i * cols + j, cols, dst, d0 + j * rows + i, rows);
                        } else {
                            RegisterTile.copy(src, so + i * cols + j, cols, dst, d0 + j * rows + i, rows);
                        }
                    }
                }
            }
        }
        for (int i = iStart; i < iEnd; i++) {
            for (int j = 0; j < jStart; j++) {
                dst[d0 + j * rows + i] = src[so + i * cols + j];
            }
            for (int j = jEnd; j < cols; j++) {
                dst[d0 + j * rows + i] = src[so + i * cols + j];
            }
        }
        blockedRows(src, so, dst, d0, rows, cols, i0, iStart);
        blockedRows(src, so, dst, d0, rows, cols, iEnd, i1);
    }

    private static void check(float[] src, int srcOff, float[] dst, int dstOff, int rows, int cols) {
        TransposeArgs.distinct(src, dst);
        TransposeArgs.matrix("src", src.length, srcOff, rows, cols);
        TransposeArgs.matrix("dst", dst.length, dstOff, rows, cols);
    }
}

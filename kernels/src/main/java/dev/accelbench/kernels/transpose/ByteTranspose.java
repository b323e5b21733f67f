package dev.accelbench.kernels.transpose;

/**
 * Out-of-place transpose of a row-major byte matrix, for FP8 (and other one-byte) codes:
 * {@code dst[j * rows + i] = src[i * cols + j]}, three ways.
 *
 * <ul>
 *   <li>{@link #naive}: the two-loop reference.
 *   <li>{@link #blocked}: the same loops over {@value #BLOCK} x {@value #BLOCK} blocks, so that one
 *       block's source and destination lines (64 lines each) fit in L1 together.
 *   <li>{@link #vector}: 16 x 16 register tiles ({@link ByteTile}) over {@value #TILE_BLOCK_ROWS} x
 *       {@value #TILE_BLOCK_COLS} blocks; the rows and columns past the last whole tile go scalar.
 * </ul>
 * {@link #transpose} takes the tiles where the kernel width allows them.
 */
public final class ByteTranspose {

    static final int BLOCK = 64;
    /**
     * Tile blocks of 256 x 256 bytes: 64 KiB read and 64 KiB written, in L2; 256 destination rows
     * (pages, at large strides) per block. See {@code package-info} for the sizes that lost.
     */
    static final int TILE_BLOCK_ROWS = 256;
    static final int TILE_BLOCK_COLS = 256;

    private ByteTranspose() {
    }

    /** The reference: the plain two loops. */
    public static void naive(byte[] src, byte[] dst, int rows, int cols) {
        check(src, dst, rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                dst[j * rows + i] = src[i * cols + j];
            }
        }
    }

    /** The fastest kernel: register tiles where the kernel width allows, else the blocked loops. */
    public static void transpose(byte[] src, byte[] dst, int rows, int cols) {
        if (ByteTile.ENABLED) {
            vector(src, dst, rows, cols);
        } else {
            blocked(src, dst, rows, cols);
        }
    }

    /** Cache-blocked scalar loops. */
    public static void blocked(byte[] src, byte[] dst, int rows, int cols) {
        check(src, dst, rows, cols);
        blockedRange(src, dst, rows, cols, 0, rows, 0, cols);
    }

    /**
     * 16 x 16 register tiles over cache blocks, scalar edges. Runs the tiles at any kernel width
     * (they need only 128-bit vectors, which every x86-64 and AArch64 has); {@link #transpose}
     * decides whether they are used.
     */
    public static void vector(byte[] src, byte[] dst, int rows, int cols) {
        vector(src, dst, rows, cols, TILE_BLOCK_ROWS, TILE_BLOCK_COLS);
    }

    /**
     * The tiles over blocks of the given size (multiples of 16). Tiles start at row and column 0:
     * a large byte array's element 0 is 16 bytes past a region boundary, so a 16-byte row of a
     * tile never straddles a cache line when the row length is a multiple of 16.
     */
    static void vector(byte[] src, byte[] dst, int rows, int cols, int blockRows, int blockCols) {
        check(src, dst, rows, cols);
        final int t = ByteTile.SIZE;
        int iEnd = rows / t * t;
        int jEnd = cols / t * t;
        for (int ib = 0; ib < iEnd; ib += blockRows) {
            int ie = Math.min(iEnd, ib + blockRows);
            for (int jb = 0; jb < jEnd; jb += blockCols) {
                int je = Math.min(jEnd, jb + blockCols);
                for (int i = ib; i < ie; i += t) {
                    for (int j = jb; j < je; j += t) {
                        ByteTile.copy(src, i * cols + j, cols, dst, j * rows + i, rows);
                    }
                }
            }
        }
        blockedRange(src, dst, rows, cols, 0, iEnd, jEnd, cols);
        blockedRange(src, dst, rows, cols, iEnd, rows, 0, cols);
    }

    /** The blocked scalar loops on rows [i0, i1), columns [j0, j1). */
    private static void blockedRange(byte[] src, byte[] dst, int rows, int cols, int i0, int i1, int j0, int j1) {
        for (int ib = i0; ib < i1; ib += BLOCK) {
            int ie = Math.min(i1, ib + BLOCK);
            for (int jb = j0; jb < j1; jb += BLOCK) {
                int je = Math.min(j1, jb + BLOCK);
                for (int i = ib; i < ie; i++) {
                    int s = i * cols;
                    for (int j = jb; j < je; j++) {
                        dst[j * rows + i] = src[s + j];
                    }
                }
            }
        }
    }

    private static void check(byte[] src, byte[] dst, int rows, int cols) {
        TransposeArgs.distinct(src, dst);
        TransposeArgs.matrix("src", src.length, 0, rows, cols);
        TransposeArgs.matrix("dst", dst.length, 0, rows, cols);
    }
}

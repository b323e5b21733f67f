package dev.accelbench.kernels.transpose;

/**
 * Out-of-place transpose of a row-major byte matrix, for FP8 (and other one-byte) codes:
 * {@code dst[j * rows + i] = src[i * cols + j]}. The cache-blocked scalar loop; blocks are
 * {@value #BLOCK} x {@value #BLOCK} bytes so that one block's source and destination lines (64
 * lines each) fit in L1 together.
 */
public final class ByteTranspose {

    static final int BLOCK = 64;

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

    /** Cache-blocked loops. */
    public static void transpose(byte[] src, byte[] dst, int rows, int cols) {
        check(src, dst, rows, cols);
        for (int ib = 0; ib < rows; ib += BLOCK) {
            int ie = Math.min(rows, ib + BLOCK);
            for (int jb = 0; jb < cols; jb += BLOCK) {
                int je = Math.min(cols, jb + BLOCK);
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

package dev.accelbench.kernels.numeric.block;

/**
 * The geometry of a row-major matrix cut into blocks along its rows (the GEMM's reduction
 * dimension): each row of {@code cols} values is padded with zeros to {@link #paddedCols()}, a
 * whole number of blocks, so block {@code b} of row {@code r} starts at code index
 * {@code r * paddedCols + b * blockSize} and its scale sits at {@code r * blocksPerRow + b}.
 *
 * @param rows      rows, at least 0
 * @param cols      values per row, at least 0
 * @param blockSize values per block, at least 1
 */
public record BlockShape(int rows, int cols, int blockSize) {

    public BlockShape {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("matrix dimensions must be >= 0, got " + rows + " x " + cols);
        }
        if (blockSize < 1) {
            throw new IllegalArgumentException("block size must be >= 1, got " + blockSize);
        }
        long padded = ((long) cols + blockSize - 1) / blockSize * blockSize;
        if (padded * rows > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a " + rows + " x " + cols + " matrix padded to blocks of " + blockSize
                    + " needs " + padded * rows + " codes, more than a Java array holds");
        }
    }

    /** The shape of {@code rowMajor} read as {@code rows x cols}, which must match its length. */
    public static BlockShape of(float[] rowMajor, int rows, int cols, int blockSize) {
        BlockShape shape = new BlockShape(rows, cols, blockSize);
        if ((long) rows * cols != rowMajor.length) {
            throw new IllegalArgumentException("a " + rows + " x " + cols + " matrix has " + (long) rows * cols
                    + " values, but the array holds " + rowMajor.length);
        }
        return shape;
    }

    /** Blocks in one row: cols / blockSize rounded up. */
    public int blocksPerRow() {
        return (cols + blockSize - 1) / blockSize;
    }

    /** A row's length in codes: whole blocks, the last one zero-padded. */
    public int paddedCols() {
        return blocksPerRow() * blockSize;
    }

    /** Codes in the whole matrix. */
    public int codeCount() {
        return rows * paddedCols();
    }

    /** Blocks (and so scales) in the whole matrix. */
    public int blockCount() {
        return rows * blocksPerRow();
    }

    /** Values of block {@code b} that come from the matrix; the rest of the block is padding. */
    public int valuesInBlock(int b) {
        return Math.min(blockSize, cols - b * blockSize);
    }

    /** Checks that codes and scales arrays fit this shape. */
    void checkStorage(int codes, int scales) {
        if (codes != codeCount() || scales != blockCount()) {
            throw new IllegalArgumentException("a " + rows + " x " + cols + " matrix in blocks of " + blockSize + " needs "
                    + codeCount() + " codes and " + blockCount() + " scales, got " + codes + " and " + scales);
        }
    }

    /** The index of the first NaN or infinity among {@code src[from .. from+n)}, or -1. */
    static int firstNonFinite(float[] src, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (!Float.isFinite(src[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The element at flat index {@code i}, as "row r, column c (index i)" for error messages. */
    String position(int i) {
        return "row " + i / Math.max(cols, 1) + ", column " + i % Math.max(cols, 1) + " (index " + i + ")";
    }
}

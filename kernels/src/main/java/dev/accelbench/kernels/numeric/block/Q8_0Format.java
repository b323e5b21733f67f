package dev.accelbench.kernels.numeric.block;

/**
 * llama.cpp's Q8_0, bit for bit as its {@code quantize_row_q8_0_ref}: blocks of 32 values,
 * d = max|v| / 127 in float32, stored as FP16 (round to nearest even), and
 * q = roundf(v x id) (halves away from zero) where id = 1/d is computed from the float32 d, not
 * the FP16 one (id = 0 when d = 0). A value decodes to q x fp16(d). llama.cpp has no rule for NaN
 * or infinite input (its max then depends on where the NaN sits); here such input is rejected
 * with the element's index. Scales beyond FP16's range (max|v| > 65504 x 127) become FP16
 * infinity, as in llama.cpp.
 */
public final class Q8_0Format implements BlockFormat {

    /** The one Q8_0 format. */
    public static final Q8_0Format Q8_0 = new Q8_0Format();
    /** Values per block, llama.cpp's QK8_0. */
    public static final int BLOCK_SIZE = 32;

    private Q8_0Format() {
    }

    @Override
    public String name() {
        return "q8_0";
    }

    @Override
    public int blockSize() {
        return BLOCK_SIZE;
    }

    @Override
    public int elementBits() {
        return 8;
    }

    @Override
    public int scaleBits() {
        return 16;
    }

    @Override
    public Q8_0Matrix quantize(float[] rowMajor, int rows, int cols) {
        Q8_0Matrix packed = Q8_0Matrix.allocate(BlockShape.of(rowMajor, rows, cols, BLOCK_SIZE));
        Q8_0Kernel.quantize(rowMajor, packed);
        return packed;
    }

    /** Packs {@code rowMajor} into {@code dst}'s arrays (of dst's shape), overwriting them. */
    public void quantizeInto(float[] rowMajor, Q8_0Matrix dst) {
        BlockShape.of(rowMajor, dst.rows(), dst.cols(), BLOCK_SIZE);
        Q8_0Kernel.quantize(rowMajor, dst);
    }

    @Override
    public Q8_0Matrix quantizeScalar(float[] rowMajor, int rows, int cols) {
        Q8_0Matrix packed = Q8_0Matrix.allocate(BlockShape.of(rowMajor, rows, cols, BLOCK_SIZE));
        Q8_0Kernel.quantizeScalar(rowMajor, packed);
        return packed;
    }

    @Override
    public String toString() {
        return name();
    }
}

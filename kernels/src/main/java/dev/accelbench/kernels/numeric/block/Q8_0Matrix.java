package dev.accelbench.kernels.numeric.block;

/**
 * A matrix in Q8_0. {@code codes[r * paddedCols + c]} is the int8 q; {@code scales[r *
 * blocksPerRow + b]} the FP16 bits of the block's d ({@link Float#float16ToFloat} reads them).
 * llama.cpp interleaves d and the 32 q of a block in one struct; the GEMM here prefers the two
 * arrays apart, and the bytes are the same.
 *
 * @param shape  rows, cols and the block size 32
 * @param codes  q values, row by row, each row padded with zeros to whole blocks
 * @param scales FP16 bit patterns of d, one per block
 */
public record Q8_0Matrix(BlockShape shape, byte[] codes, short[] scales) implements PackedMatrix {

    public Q8_0Matrix {
        if (shape.blockSize() != Q8_0Format.BLOCK_SIZE) {
            throw new IllegalArgumentException("Q8_0 blocks hold " + Q8_0Format.BLOCK_SIZE + " values, not " + shape.blockSize());
        }
        shape.checkStorage(codes.length, scales.length);
    }

    /** Zeroed storage for a matrix of the given shape. */
    public static Q8_0Matrix allocate(BlockShape shape) {
        return new Q8_0Matrix(shape, new byte[shape.codeCount()], new short[shape.blockCount()]);
    }

    @Override
    public Q8_0Format format() {
        return Q8_0Format.Q8_0;
    }

    /** The block's d as float32 (from its FP16 bits). */
    public float scale(int block) {
        return Float.float16ToFloat(scales[block]);
    }

    @Override
    public void dequantizeInto(float[] dst) {
        checkDestination(dst);
        Q8_0Kernel.dequantize(this, dst);
    }

    @Override
    public long storageBytes() {
        return (long) codes.length + 2L * scales.length;
    }
}

package dev.accelbench.kernels.numeric.block;

import java.util.Objects;

/**
 * A matrix in block floating point. {@code codes[r * paddedCols + c]} is the element's signed
 * magnitude, -(2^M - 1) .. 2^M - 1, as a two's-complement short (the sign-magnitude element of
 * the hardware, in the form an integer MAC consumes; -0 is not kept). {@code exponents[r *
 * blocksPerRow + b]} is the block's shared exponent E biased by 127 as in E8M0: E =
 * (exponents[i] & 0xFF) - 127, from -127 to 127. An element decodes to code x 2^(E - M + 1).
 *
 * @param format    the format (M and K)
 * @param shape     rows, cols and block size
 * @param codes     element codes, row by row, each row padded with zero codes to whole blocks
 * @param exponents biased shared exponents, one per block
 */
public record BfpMatrix(BfpFormat format, BlockShape shape, short[] codes, byte[] exponents) implements PackedMatrix {

    public BfpMatrix {
        Objects.requireNonNull(format, "format");
        if (shape.blockSize() != format.blockSize()) {
            throw new IllegalArgumentException(format.name() + " has blocks of " + format.blockSize() + ", not " + shape.blockSize());
        }
        shape.checkStorage(codes.length, exponents.length);
    }

    /** Zeroed storage for a matrix of the given shape. */
    public static BfpMatrix allocate(BfpFormat format, BlockShape shape) {
        return new BfpMatrix(format, shape, new short[shape.codeCount()], new byte[shape.blockCount()]);
    }

    /** The shared exponent E of block {@code block} (flat block index). */
    public int exponent(int block) {
        return (exponents[block] & 0xFF) - 127;
    }

    @Override
    public void dequantizeInto(float[] dst) {
        checkDestination(dst);
        BfpKernel.dequantize(this, dst);
    }

    @Override
    public long storageBytes() {
        return 2L * codes.length + exponents.length;
    }
}

package dev.accelbench.kernels.numeric.block;

/**
 * A format whose values come in blocks along a matrix row, each block sharing one scale:
 * {@link BfpFormat}, {@link MxFormat}, {@link Q8_0Format}. Quantizing produces a
 * {@link PackedMatrix} that a GEMM reads directly.
 */
public sealed interface BlockFormat extends QuantFormat permits BfpFormat, MxFormat, Q8_0Format {

    /** Values per block. */
    int blockSize();

    /** Bits of one element code, the sign included (not the bytes it occupies in the packed arrays). */
    int elementBits();

    /** Bits of one block's shared scale or exponent. */
    int scaleBits();

    @Override
    default double bitsPerValue() {
        return elementBits() + (double) scaleBits() / blockSize();
    }

    /** Packs the row-major {@code rows x cols} matrix, with the Vector API kernel. */
    PackedMatrix quantize(float[] rowMajor, int rows, int cols);

    /** The same codes and scales as {@link #quantize}, by the scalar reference code. */
    PackedMatrix quantizeScalar(float[] rowMajor, int rows, int cols);

    @Override
    default float[] roundTrip(float[] rowMajor, int rows, int cols) {
        return quantize(rowMajor, rows, cols).dequantize();
    }
}

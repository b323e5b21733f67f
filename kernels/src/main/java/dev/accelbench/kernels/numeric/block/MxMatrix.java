package dev.accelbench.kernels.numeric.block;

import java.util.Objects;

/**
 * A matrix in an MX format. {@code codes[r * paddedCols + c]} is the element's code, one byte per
 * element: the FP8 bit pattern, the FP6/FP4 bit pattern in the low 6/4 bits (not bit-packed, so
 * a GEMM indexes elements directly), or MXINT8's two's-complement integer. {@code scales[r *
 * blocksPerRow + b]} is the block's E8M0 scale code e (2^(e-127); 0xFF is NaN).
 *
 * @param format the MX format
 * @param shape  rows, cols and the block size 32
 * @param codes  element codes, row by row, each row padded with zero codes to whole blocks
 * @param scales E8M0 scale codes, one per block
 */
public record MxMatrix(MxFormat format, BlockShape shape, byte[] codes, byte[] scales) implements PackedMatrix {

    public MxMatrix {
        Objects.requireNonNull(format, "format");
        if (shape.blockSize() != MxFormat.BLOCK_SIZE) {
            throw new IllegalArgumentException("MX blocks hold " + MxFormat.BLOCK_SIZE + " elements, not " + shape.blockSize());
        }
        shape.checkStorage(codes.length, scales.length);
    }

    /** Zeroed storage for a matrix of the given shape. */
    public static MxMatrix allocate(MxFormat format, BlockShape shape) {
        return new MxMatrix(format, shape, new byte[shape.codeCount()], new byte[shape.blockCount()]);
    }

    /** The scale code (0..255) of block {@code block} (flat block index). */
    public int scaleCode(int block) {
        return scales[block] & 0xFF;
    }

    @Override
    public void dequantizeInto(float[] dst) {
        checkDestination(dst);
        MxKernel.dequantize(this, dst);
    }

    @Override
    public long storageBytes() {
        return (long) codes.length + scales.length;
    }
}

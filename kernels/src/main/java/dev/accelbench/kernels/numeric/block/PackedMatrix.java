package dev.accelbench.kernels.numeric.block;

/**
 * A matrix in a block format, laid out for a GEMM to read directly: row by row, each row's codes
 * padded to whole blocks ({@link BlockShape}), one scale per block in a separate array.
 */
public sealed interface PackedMatrix permits BfpMatrix, MxMatrix, Q8_0Matrix {

    BlockFormat format();

    BlockShape shape();

    default int rows() {
        return shape().rows();
    }

    default int cols() {
        return shape().cols();
    }

    default int blockSize() {
        return shape().blockSize();
    }

    /** The values back as a row-major {@code rows x cols} float32 array (padding dropped). */
    default float[] dequantize() {
        float[] out = new float[rows() * cols()];
        dequantizeInto(out);
        return out;
    }

    /** Writes the values into {@code dst}, row-major, which must hold exactly rows x cols values. */
    void dequantizeInto(float[] dst);

    /** Bytes of the codes and scales arrays. */
    long storageBytes();

    /** Checks a destination array for {@link #dequantizeInto}. */
    default void checkDestination(float[] dst) {
        if (dst.length != (long) rows() * cols()) {
            throw new IllegalArgumentException("a " + rows() + " x " + cols() + " matrix needs a destination of "
                    + (long) rows() * cols() + " floats, got " + dst.length);
        }
    }
}

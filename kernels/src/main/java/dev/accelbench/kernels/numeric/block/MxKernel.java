package dev.accelbench.kernels.numeric.block;

import dev.accelbench.kernels.numeric.MiniFloat;
import dev.accelbench.kernels.numeric.Overflow;
import dev.accelbench.kernels.numeric.Rounding;

/**
 * MX quantization: the scalar references, on {@link MiniFloat#encode} (round to nearest even,
 * saturating) and {@link DecodeTables}, and the entry points that run the Vector API kernels of
 * {@link MxVectorKernel}, which give the same codes and values (tests check it bit for bit).
 */
final class MxKernel {

    private static final int MAX_INT8 = 127;

    private MxKernel() {
    }

    /** The shared exponent of a block whose largest magnitude is {@code max} (finite, nonzero). */
    static int sharedExponent(MxFormat format, float max) {
        // Math.getExponent is floor(log2) for normals and -127 for subnormals, whose true
        // floor(log2) minus emax is clamped to -127 all the same.
        return Math.max(-127, Math.min(127, Math.getExponent(max) - format.emax()));
    }

    static void quantize(MxFormat format, float[] src, MxMatrix dst) {
        if (format.isInt()) {
            MxVectorKernel.quantizeInt8(src, dst);
        } else {
            MxVectorKernel.quantizeMiniFloat(format, src, dst);
        }
    }

    static void quantizeScalar(MxFormat format, float[] src, MxMatrix dst) {
        BlockShape shape = dst.shape();
        for (int r = 0; r < shape.rows(); r++) {
            for (int b = 0; b < shape.blocksPerRow(); b++) {
                quantizeBlock(format, src, dst, r, b);
            }
        }
    }

    /** The scalar reference for block b of row r; the vector kernels run it on partial blocks. */
    static void quantizeBlock(MxFormat format, float[] src, MxMatrix dst, int r, int b) {
        BlockShape shape = dst.shape();
        int from = r * shape.cols() + b * MxFormat.BLOCK_SIZE;
        int n = shape.valuesInBlock(b);
        int codeOff = r * shape.paddedCols() + b * MxFormat.BLOCK_SIZE;
        float max = BlockMax.scalar(src, from, n);
        int scale = scaleCode(format, max);
        dst.scales()[r * shape.blocksPerRow() + b] = (byte) scale;
        boolean empty = scale == MxFormat.NAN_SCALE || max == 0;
        for (int i = 0; i < MxFormat.BLOCK_SIZE; i++) {
            dst.codes()[codeOff + i] = empty || i >= n ? 0 : (byte) code(format, src[from + i], scale);
        }
    }

    /** The E8M0 scale code of a block: 0xFF for NaN or Inf inside, 0x00 for all zeros. */
    static int scaleCode(MxFormat format, float max) {
        if (!(max <= Float.MAX_VALUE)) {
            return MxFormat.NAN_SCALE;
        }
        return max == 0 ? 0 : sharedExponent(format, max) + 127;
    }

    /** The scalar reference: the element code of v in a block with scale code {@code scale}. */
    static int code(MxFormat format, float v, int scale) {
        float x = Math.scalb(v, 127 - scale);
        if (format.isInt()) {
            double q = Math.rint(Math.scalb((double) x, MxFormat.INT8_FRACTION_BITS));
            return (int) Math.max(-MAX_INT8, Math.min(MAX_INT8, q)) & 0xFF;
        }
        return format.element().encode(x, Rounding.RNE, Overflow.SATURATE, 0, 0);
    }

    static void dequantize(MxMatrix packed, float[] dst) {
        if (packed.format().isInt()) {
            dequantizeInt8(packed, dst);
        } else {
            MxVectorKernel.dequantizeMiniFloat(packed, dst);
        }
    }

    /**
     * MXINT8 through the integer block decoder: code x 2^-6 x 2^(e-127) is one product
     * code x 2^(e-133), and 2^(e-133) >= 2^-133 is a float, so the one rounding is the reference's.
     */
    private static void dequantizeInt8(MxMatrix packed, float[] dst) {
        BlockShape shape = packed.shape();
        // Locals, not record calls in the loop: blocksPerRow() and paddedCols() divide.
        int rows = shape.rows();
        int cols = shape.cols();
        int blocksPerRow = shape.blocksPerRow();
        int paddedCols = shape.paddedCols();
        for (int r = 0; r < rows; r++) {
            for (int b = 0; b < blocksPerRow; b++) {
                int scale = packed.scaleCode(r * blocksPerRow + b);
                float factor = scale == MxFormat.NAN_SCALE ? Float.NaN
                        : DecodeTables.powerOfTwo(scale - 127 - MxFormat.INT8_FRACTION_BITS);
                IntegerBlockDecode.bytes(packed.codes(), r * paddedCols + b * MxFormat.BLOCK_SIZE, factor,
                        dst, r * cols + b * MxFormat.BLOCK_SIZE, shape.valuesInBlock(b));
            }
        }
    }

    /** The scalar reference of {@link #dequantize}: a table load and a multiplication per element. */
    static void dequantizeScalar(MxMatrix packed, float[] dst) {
        BlockShape shape = packed.shape();
        float[] table = DecodeTables.of(packed.format());
        byte[] codes = packed.codes();
        for (int r = 0; r < shape.rows(); r++) {
            for (int b = 0; b < shape.blocksPerRow(); b++) {
                int scale = packed.scaleCode(r * shape.blocksPerRow() + b);
                // 2^(e-127) >= 2^-127 is a float; each product is rounded once (exact above float's normals).
                float factor = scale == MxFormat.NAN_SCALE ? Float.NaN : Math.scalb(1f, scale - 127);
                int codeOff = r * shape.paddedCols() + b * MxFormat.BLOCK_SIZE;
                int dstOff = r * shape.cols() + b * MxFormat.BLOCK_SIZE;
                int n = shape.valuesInBlock(b);
                for (int i = 0; i < n; i++) {
                    dst[dstOff + i] = table[codes[codeOff + i] & 0xFF] * factor;
                }
            }
        }
    }
}

package dev.accelbench.kernels.gemm;

import dev.accelbench.kernels.numeric.block.BfpMatrix;
import dev.accelbench.kernels.numeric.block.MxFormat;
import dev.accelbench.kernels.numeric.block.MxMatrix;
import dev.accelbench.kernels.numeric.block.PackedMatrix;
import dev.accelbench.kernels.numeric.block.Q8_0Matrix;

/**
 * A packed block matrix as the block GEMM reads it: integer element codes (one byte, or one short
 * for BFP) and one float32 scale per block, such that value = code x scale.
 * <ul>
 * <li>Q8_0: code q, scale d (its FP16 bits read as float32).
 * <li>MXINT8: code the int8, scale 2^(e - 127) x 2^-6 (the element's implicit 2^-6 folded in); NaN for e = 0xFF.
 * <li>BFP: code the signed M-bit magnitude, scale 2^(E - M + 1).
 * </ul>
 * A scale below float32's range becomes 0 (or a subnormal): products of such blocks are below what
 * a float32 accumulator resolves anyway.
 *
 * @param matrix   the packed matrix
 * @param bytes    the codes when they are bytes, else null
 * @param shorts   the codes when they are shorts (BFP), else null
 * @param scales   one scale per block, row by row
 * @param maxCode  the largest code magnitude (127, or 2^M - 1)
 */
record BlockOperand(PackedMatrix matrix, byte[] bytes, short[] shorts, float[] scales, int maxCode) {

    static BlockOperand of(PackedMatrix matrix, String role) {
        if (matrix == null) {
            throw new IllegalArgumentException(role + " is null");
        }
        float[] scales = new float[matrix.shape().blockCount()];
        return switch (matrix) {
            case Q8_0Matrix q -> {
                for (int b = 0; b < scales.length; b++) {
                    scales[b] = q.scale(b);
                }
                yield new BlockOperand(matrix, q.codes(), null, scales, 127);
            }
            case MxMatrix mx -> {
                if (mx.format() != MxFormat.MXINT8) {
                    throw new IllegalArgumentException(role + " is " + mx.format().name()
                            + ": the block GEMM takes integer elements (mxint8, q8_0, bfpM); MX minifloats take the FP8 path"
                            + " (CodedGemm, decode while packing)");
                }
                for (int b = 0; b < scales.length; b++) {
                    int e = mx.scaleCode(b);
                    scales[b] = e == MxFormat.NAN_SCALE ? Float.NaN
                            : (float) Math.scalb(1.0, e - 127 - MxFormat.INT8_FRACTION_BITS);
                }
                yield new BlockOperand(matrix, mx.codes(), null, scales, 127);
            }
            case BfpMatrix bfp -> {
                int m = bfp.format().mantissaBits();
                for (int b = 0; b < scales.length; b++) {
                    scales[b] = (float) Math.scalb(1.0, bfp.exponent(b) - m + 1);
                }
                yield new BlockOperand(matrix, null, bfp.codes(), scales, bfp.format().maxMagnitude());
            }
        };
    }

    /** The largest code magnitude of a packed matrix, without decoding its scales. */
    static int maxCode(PackedMatrix matrix) {
        return matrix instanceof BfpMatrix bfp ? bfp.format().maxMagnitude() : 127;
    }

    /** The code at flat index i as a float (exact). */
    float code(int i) {
        return bytes != null ? bytes[i] : shorts[i];
    }
}

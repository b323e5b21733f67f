package dev.accelbench.kernels.numeric.block;

import dev.accelbench.kernels.platform.KernelSpecies;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Q8_0 quantization as llama.cpp's {@code quantize_row_q8_0_ref}: a scalar reference written as
 * the C is, and a Vector API kernel with the same float32 operations in the same order, so the
 * codes agree bit for bit. roundf (halves away from zero) is floor(|x|) plus one when the
 * fraction is at least one half; the fraction |x| - floor(|x|) is exact in float32.
 */
final class Q8_0Kernel {

    private static final VectorSpecies<Float> SPECIES = KernelSpecies.FLOAT;
    private static final float ROUNDING_MAGIC = 0x1p23f;

    private Q8_0Kernel() {
    }

    static void quantize(float[] src, Q8_0Matrix dst) {
        BlockShape shape = dst.shape();
        int[] scratch = new int[Q8_0Format.BLOCK_SIZE];
        for (int r = 0; r < shape.rows(); r++) {
            for (int b = 0; b < shape.blocksPerRow(); b++) {
                int from = r * shape.cols() + b * Q8_0Format.BLOCK_SIZE;
                int n = shape.valuesInBlock(b);
                float inverse = scale(shape, src, from, n, BlockMax.vector(src, from, n), dst, r * shape.blocksPerRow() + b);
                int i = 0;
                for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
                    FloatVector x = FloatVector.fromArray(SPECIES, src, from + i).mul(inverse);
                    FloatVector a = x.abs();
                    FloatVector nearest = a.add(ROUNDING_MAGIC).sub(ROUNDING_MAGIC);
                    FloatVector floor = nearest.lanewise(VectorOperators.SUB, 1f, nearest.compare(VectorOperators.GT, a));
                    FloatVector q = floor.lanewise(VectorOperators.ADD, 1f,
                            a.sub(floor).compare(VectorOperators.GE, 0.5f));
                    q = q.lanewise(VectorOperators.NEG, x.compare(VectorOperators.LT, 0f));
                    ((IntVector) q.convert(VectorOperators.F2I, 0)).intoArray(scratch, i);
                }
                for (; i < n; i++) {
                    scratch[i] = roundHalfAway(src[from + i] * inverse);
                }
                int codeOff = r * shape.paddedCols() + b * Q8_0Format.BLOCK_SIZE;
                byte[] codes = dst.codes();
                for (int j = 0; j < n; j++) {
                    codes[codeOff + j] = (byte) scratch[j];
                }
                for (int j = n; j < Q8_0Format.BLOCK_SIZE; j++) {
                    codes[codeOff + j] = 0;
                }
            }
        }
    }

    static void quantizeScalar(float[] src, Q8_0Matrix dst) {
        BlockShape shape = dst.shape();
        for (int r = 0; r < shape.rows(); r++) {
            for (int b = 0; b < shape.blocksPerRow(); b++) {
                int from = r * shape.cols() + b * Q8_0Format.BLOCK_SIZE;
                int n = shape.valuesInBlock(b);
                float inverse = scale(shape, src, from, n, BlockMax.scalar(src, from, n), dst, r * shape.blocksPerRow() + b);
                int codeOff = r * shape.paddedCols() + b * Q8_0Format.BLOCK_SIZE;
                for (int j = 0; j < Q8_0Format.BLOCK_SIZE; j++) {
                    dst.codes()[codeOff + j] = j < n ? (byte) roundHalfAway(src[from + j] * inverse) : 0;
                }
            }
        }
    }

    /** Stores the block's FP16 d and returns id = 1/d from the float32 d, as llama.cpp does. */
    private static float scale(BlockShape shape, float[] src, int from, int n, float amax, Q8_0Matrix dst, int block) {
        if (!(amax <= Float.MAX_VALUE)) {
            int bad = BlockShape.firstNonFinite(src, from, n);
            throw new IllegalArgumentException("Q8_0 takes finite values only, but the input holds " + src[bad] + " at "
                    + shape.position(bad));
        }
        float d = amax / 127f;
        dst.scales()[block] = Float.floatToFloat16(d);
        return d != 0 ? 1f / d : 0f;
    }

    /** C's roundf: nearest integer, halves away from zero. */
    static int roundHalfAway(float x) {
        float a = Math.abs(x);
        float floor = (float) Math.floor(a);
        int q = (int) floor + (a - floor >= 0.5f ? 1 : 0);
        return x < 0 ? -q : q;
    }

    static void dequantize(Q8_0Matrix packed, float[] dst) {
        BlockShape shape = packed.shape();
        byte[] codes = packed.codes();
        for (int r = 0; r < shape.rows(); r++) {
            for (int b = 0; b < shape.blocksPerRow(); b++) {
                float d = packed.scale(r * shape.blocksPerRow() + b);
                int codeOff = r * shape.paddedCols() + b * Q8_0Format.BLOCK_SIZE;
                int dstOff = r * shape.cols() + b * Q8_0Format.BLOCK_SIZE;
                int n = shape.valuesInBlock(b);
                for (int i = 0; i < n; i++) {
                    dst[dstOff + i] = codes[codeOff + i] * d;
                }
            }
        }
    }
}

package dev.accelbench.kernels.numeric.block;

import dev.accelbench.kernels.platform.KernelSpecies;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Q8_0 quantization as llama.cpp's {@code quantize_row_q8_0_ref}: a scalar reference written as
 * the C is, and a Vector API kernel with the same float32 operations in the same order, so the
 * codes agree bit for bit.
 *
 * <p>The vector kernel computes roundf (halves away from zero) from the FPU's round to nearest
 * even: |x| + 2^23 rounds |x| to an integer whose bits minus 2^23's are that integer, and the two
 * roundings differ only at a half that went down to the even integer, where |x| - nearest is
 * exactly 0.5 (the difference is exact in float32), so those lanes add one. This needs |x| < 2^23,
 * which holds whenever id = 1/d is finite (|x| <= max|v| x id stays near 127, below 400 even when
 * d is a coarse subnormal). A block whose id overflows to infinity (max|v| below about 4e-37)
 * runs the scalar reference, whose casts of infinite and NaN products the vector code does not
 * reproduce. The whole loop is one method: a vector crossing a call C2 does not inline is boxed.
 * Full blocks run vectorized, each block's max taken {@value #AHEAD} blocks ahead as in
 * {@link MxVectorKernel}; a row's partial last block runs the scalar reference.
 */
final class Q8_0Kernel {

    private static final VectorSpecies<Float> F = KernelSpecies.FLOAT;
    private static final VectorSpecies<Integer> I = KernelSpecies.INT;
    /** Bytes with at least as many lanes as F (64 bits is the smallest byte shape). */
    private static final VectorSpecies<Byte> B = KernelSpecies.BYTE;
    private static final int LANES = F.length();
    private static final int K = Q8_0Format.BLOCK_SIZE;
    private static final float ROUNDING_MAGIC = 0x1p23f;
    private static final int ROUNDING_MAGIC_BITS = Float.floatToRawIntBits(ROUNDING_MAGIC);
    /** How many blocks ahead the block max is taken (see {@link MxVectorKernel}), a power of two. */
    private static final int AHEAD = 16;

    private Q8_0Kernel() {
    }

    static void quantize(float[] src, Q8_0Matrix dst) {
        BlockShape shape = dst.shape();
        // Locals, not record calls in the loop: blocksPerRow() and paddedCols() divide.
        int rows = shape.rows();
        int cols = shape.cols();
        int blocksPerRow = shape.blocksPerRow();
        int paddedCols = shape.paddedCols();
        byte[] codes = dst.codes();
        VectorMask<Byte> store = B.indexInRange(0, LANES);
        int fullBlocks = cols / K;
        int[] maxima = new int[AHEAD];
        for (int r = 0; r < rows; r++) {
            int rowFrom = r * cols;
            BlockMax.maxAbsBits(src, rowFrom, K, Math.min(AHEAD, fullBlocks), maxima);
            for (int c = 0; c < fullBlocks; c++) {
                int from = rowFrom + c * K;
                int maxBits = maxima[c & (AHEAD - 1)];
                if (c + AHEAD < fullBlocks) {
                    maxima[c & (AHEAD - 1)] = BlockMax.maxAbsBits(src, from + AHEAD * K, K);
                }
                float amax = Float.intBitsToFloat(maxBits);
                float inverse = scale(shape, src, from, K, amax, dst, r * blocksPerRow + c);
                if (inverse == Float.POSITIVE_INFINITY) {
                    quantizeBlock(src, dst, r, c);
                    continue;
                }
                int codeOff = r * paddedCols + c * K;
                for (int j = 0; j < K; j += LANES) {
                    FloatVector x = FloatVector.fromArray(F, src, from + j).mul(inverse);
                    FloatVector a = x.abs();
                    FloatVector shifted = a.add(ROUNDING_MAGIC);
                    VectorMask<Integer> tieDown = a.sub(shifted.sub(ROUNDING_MAGIC))
                            .compare(VectorOperators.EQ, 0.5f).cast(I);
                    IntVector q = shifted.reinterpretAsInts().sub(ROUNDING_MAGIC_BITS)
                            .lanewise(VectorOperators.ADD, 1, tieDown);
                    IntVector sign = x.reinterpretAsInts().lanewise(VectorOperators.ASHR, 31);
                    IntVector code = q.lanewise(VectorOperators.XOR, sign).sub(sign);
                    ByteVector narrow = (ByteVector) code.convertShape(VectorOperators.I2B, B, 0);
                    if (B.length() == LANES) {
                        narrow.intoArray(codes, codeOff + j);
                    } else {
                        narrow.intoArray(codes, codeOff + j, store);
                    }
                }
            }
            if (fullBlocks < blocksPerRow) {
                quantizeBlock(src, dst, r, fullBlocks);
            }
        }
    }

    static void quantizeScalar(float[] src, Q8_0Matrix dst) {
        BlockShape shape = dst.shape();
        for (int r = 0; r < shape.rows(); r++) {
            for (int b = 0; b < shape.blocksPerRow(); b++) {
                quantizeBlock(src, dst, r, b);
            }
        }
    }

    /** The scalar reference for block b of row r. */
    private static void quantizeBlock(float[] src, Q8_0Matrix dst, int r, int b) {
        BlockShape shape = dst.shape();
        int from = r * shape.cols() + b * K;
        int n = shape.valuesInBlock(b);
        float inverse = scale(shape, src, from, n, BlockMax.scalar(src, from, n), dst, r * shape.blocksPerRow() + b);
        int codeOff = r * shape.paddedCols() + b * K;
        for (int j = 0; j < K; j++) {
            dst.codes()[codeOff + j] = j < n ? (byte) roundHalfAway(src[from + j] * inverse) : 0;
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
        // Locals, not record calls in the loop: blocksPerRow() and paddedCols() divide.
        int rows = shape.rows();
        int cols = shape.cols();
        int blocksPerRow = shape.blocksPerRow();
        int paddedCols = shape.paddedCols();
        for (int r = 0; r < rows; r++) {
            for (int b = 0; b < blocksPerRow; b++) {
                IntegerBlockDecode.bytes(packed.codes(), r * paddedCols + b * K,
                        packed.scale(r * blocksPerRow + b), dst, r * cols + b * K,
                        shape.valuesInBlock(b));
            }
        }
    }

    /** The scalar reference of {@link #dequantize}. */
    static void dequantizeScalar(Q8_0Matrix packed, float[] dst) {
        BlockShape shape = packed.shape();
        byte[] codes = packed.codes();
        for (int r = 0; r < shape.rows(); r++) {
            for (int b = 0; b < shape.blocksPerRow(); b++) {
                float d = packed.scale(r * shape.blocksPerRow() + b);
                int codeOff = r * shape.paddedCols() + b * K;
                int dstOff = r * shape.cols() + b * K;
                int n = shape.valuesInBlock(b);
                for (int i = 0; i < n; i++) {
                    dst[dstOff + i] = codes[codeOff + i] * d;
                }
            }
        }
    }
}

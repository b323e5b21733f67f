package dev.accelbench.kernels.numeric.block;

import dev.accelbench.kernels.numeric.Rounding;
import dev.accelbench.kernels.numeric.StochasticBits;
import dev.accelbench.kernels.platform.KernelSpecies;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * BFP quantization: a scalar reference in exact double arithmetic and a Vector API kernel in
 * float32 that gives the same codes (tests check it bit for bit).
 *
 * <p>Why float32 is exact here: |v| x 2^(M-1-E) is a product by a power of two, exact unless it
 * leaves float's normal range. It cannot overflow (|v| < 2^(E+1), so the product is below 2^M); the
 * power itself may not be a float (2^141 for M = 15, E = -127), so it is applied as two factors.
 * It can underflow only for values below 2^-126 on the magnitude grid, which every mode rounds to 0
 * except the away-from-zero direction of up/down, which must still give 1: the kernel checks that
 * case explicitly. Rounding to an integer uses the classic 2^23 addition (exact RNE for values
 * below 2^23), floor and the fraction follow from it exactly.
 *
 * <p>Round to nearest even, the default, has its own loop over the whole matrix
 * ({@code quantizeNearestEven}); the other modes run a per-block loop with a scratch buffer.
 * Dequantizing is {@link IntegerBlockDecode#shorts} per block, equal to the scalar
 * {@link #dequantizeScalar}.
 */
final class BfpKernel {

    private static final VectorSpecies<Float> SPECIES = KernelSpecies.FLOAT;
    private static final VectorSpecies<Integer> INTS = KernelSpecies.INT;
    /** Adding and subtracting 2^23 rounds a float in [0, 2^23) to an integer, ties to even. */
    private static final float ROUNDING_MAGIC = 0x1p23f;
    private static final int ROUNDING_MAGIC_BITS = Float.floatToRawIntBits(ROUNDING_MAGIC);
    /** Shorts with at least as many lanes as SPECIES (64 bits is the smallest shape). */
    private static final VectorSpecies<Short> SHORTS = KernelSpecies.SHORT;
    /** The exponent of an all-zero block, and the floor for tiny ones: the E8M0 range's bottom. */
    static final int MIN_EXPONENT = -127;

    private BfpKernel() {
    }

    /** The shared exponent of a block with largest magnitude {@code max} (finite). */
    static int sharedExponent(float max) {
        // Math.getExponent gives -127 for zero and subnormals, whose floor(log2) lies below the clamp anyway.
        return Math.max(MIN_EXPONENT, Math.getExponent(max));
    }

    static void quantize(BfpFormat format, float[] src, BfpMatrix dst) {
        if (format.rounding() == Rounding.RNE) {
            quantizeNearestEven(format, src, dst);
            return;
        }
        BlockShape shape = dst.shape();
        int k = shape.blockSize();
        int[] scratch = new int[k];
        int[] random = format.rounding() == Rounding.STOCHASTIC ? new int[k] : null;
        for (int r = 0; r < shape.rows(); r++) {
            for (int b = 0; b < shape.blocksPerRow(); b++) {
                int from = r * shape.cols() + b * k;
                int n = shape.valuesInBlock(b);
                float max = BlockMax.vector(src, from, n);
                int e = sharedExponentOrThrow(shape, src, from, n, max);
                dst.exponents()[r * shape.blocksPerRow() + b] = (byte) (e + 127);
                if (random != null) {
                    for (int i = 0; i < n; i++) {
                        random[i] = StochasticBits.bits(format.seed(), from + i, format.randomBits());
                    }
                }
                encodeBlock(format, src, from, n, e, random, scratch);
                store(scratch, n, dst.codes(), r * shape.paddedCols() + b * k, k);
            }
        }
    }

    /**
     * The default mode in one method (a vector crossing a call C2 does not inline is boxed), with
     * the block max on integer bits, the block's two factors built from bits instead of
     * Math.scalb, and codes stored straight from the vector: |v| x 2^(M-1-E), min 2^M - 1 (min and
     * RNE commute, 2^M - 1 being an integer), plus 2^23 rounds to an integer whose bits minus
     * 2^23's are the magnitude; negation is (q XOR s) - s with s the sign spread over the lane.
     */
    private static void quantizeNearestEven(BfpFormat format, float[] src, BfpMatrix dst) {
        BlockShape shape = dst.shape();
        // Locals, not record calls in the loop: blocksPerRow() and paddedCols() divide.
        int rows = shape.rows();
        int cols = shape.cols();
        int blocksPerRow = shape.blocksPerRow();
        int paddedCols = shape.paddedCols();
        int k = shape.blockSize();
        int m = format.mantissaBits();
        float maxMagnitude = format.maxMagnitude();
        VectorMask<Short> store = SHORTS.indexInRange(0, SPECIES.length());
        short[] codes = dst.codes();
        for (int r = 0; r < rows; r++) {
            for (int b = 0; b < blocksPerRow; b++) {
                int from = r * cols + b * k;
                int n = shape.valuesInBlock(b);
                int maxBits = BlockMax.maxAbsBits(src, from, n);
                int e = maxBits >= BlockMax.INFINITY_BITS
                        ? sharedExponentOrThrow(shape, src, from, n, Float.intBitsToFloat(maxBits))
                        : Math.max(MIN_EXPONENT, (maxBits >>> 23) - 127);
                dst.exponents()[r * blocksPerRow + b] = (byte) (e + 127);
                // 2^(M-1-E) as two normal floats: the first within float's exponent range, the rest <= 2^14.
                int scale = m - 1 - e;
                int first = Math.max(-126, Math.min(127, scale));
                float factor1 = Float.intBitsToFloat((first + 127) << 23);
                float factor2 = Float.intBitsToFloat((scale - first + 127) << 23);
                int codeOff = r * paddedCols + b * k;
                int i = 0;
                for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
                    FloatVector v = FloatVector.fromArray(SPECIES, src, from + i);
                    IntVector q = v.abs().mul(factor1).mul(factor2).min(maxMagnitude).add(ROUNDING_MAGIC)
                            .reinterpretAsInts().sub(ROUNDING_MAGIC_BITS);
                    IntVector sign = v.reinterpretAsInts().lanewise(VectorOperators.ASHR, 31);
                    ShortVector code = (ShortVector) q.lanewise(VectorOperators.XOR, sign).sub(sign)
                            .convertShape(VectorOperators.I2S, SHORTS, 0);
                    if (SHORTS.length() == SPECIES.length()) {
                        code.intoArray(codes, codeOff + i);
                    } else {
                        code.intoArray(codes, codeOff + i, store);
                    }
                }
                for (; i < n; i++) {
                    codes[codeOff + i] = (short) code(format, src[from + i], e, from + i);
                }
                for (; i < k; i++) {
                    codes[codeOff + i] = 0;
                }
            }
        }
    }

    static void quantizeScalar(BfpFormat format, float[] src, BfpMatrix dst) {
        BlockShape shape = dst.shape();
        int k = shape.blockSize();
        for (int r = 0; r < shape.rows(); r++) {
            for (int b = 0; b < shape.blocksPerRow(); b++) {
                int from = r * shape.cols() + b * k;
                int n = shape.valuesInBlock(b);
                int e = sharedExponentOrThrow(shape, src, from, n, BlockMax.scalar(src, from, n));
                dst.exponents()[r * shape.blocksPerRow() + b] = (byte) (e + 127);
                int codeOff = r * shape.paddedCols() + b * k;
                for (int i = 0; i < k; i++) {
                    dst.codes()[codeOff + i] = i < n ? (short) code(format, src[from + i], e, from + i) : 0;
                }
            }
        }
    }

    private static int sharedExponentOrThrow(BlockShape shape, float[] src, int from, int n, float max) {
        if (!(max <= Float.MAX_VALUE)) {
            int bad = BlockShape.firstNonFinite(src, from, n);
            throw new IllegalArgumentException("BFP has no NaN or infinity, but the input holds " + src[bad] + " at "
                    + shape.position(bad));
        }
        return sharedExponent(max);
    }

    /** The scalar reference: the signed magnitude code of v in a block with shared exponent e, exactly. */
    static int code(BfpFormat format, float v, int e, long index) {
        int m = format.mantissaBits();
        double scaled = Math.scalb(Math.abs((double) v), m - 1 - e); // exact: double has the range
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        boolean negative = v < 0;
        boolean up = switch (format.rounding()) {
            case RNE -> fraction > 0.5 || fraction == 0.5 && (long) floor % 2 == 1;
            case RTZ -> false;
            case RNA -> fraction >= 0.5;
            case UP -> !negative && fraction > 0;
            case DOWN -> negative && fraction > 0;
            case STOCHASTIC -> (long) Math.floor(Math.scalb(fraction, format.randomBits()))
                    + StochasticBits.bits(format.seed(), index, format.randomBits()) >= 1L << format.randomBits();
            case HYSTERESIS -> throw new IllegalStateException("BfpFormat rejects hysteresis");
        };
        long magnitude = Math.min((long) floor + (up ? 1 : 0), format.maxMagnitude());
        return (int) (negative ? -magnitude : magnitude);
    }

    /** Codes of src[from .. from+n) into scratch[0 .. n), vectorized, the tail by {@link #code}. */
    private static void encodeBlock(BfpFormat format, float[] src, int from, int n, int e, int[] random, int[] scratch) {
        int k = format.mantissaBits() - 1 - e;
        int k1 = Math.max(-126, Math.min(127, k));
        float factor1 = Math.scalb(1f, k1);
        float factor2 = Math.scalb(1f, k - k1);
        float maxMagnitude = format.maxMagnitude();
        Rounding rounding = format.rounding();
        int randomBits = format.randomBits();
        float randomScale = Math.scalb(1f, randomBits);
        int randomLimit = (int) ((1L << randomBits) - 1);
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            FloatVector v = FloatVector.fromArray(SPECIES, src, from + i);
            FloatVector a = v.abs();
            FloatVector s = a.mul(factor1).mul(factor2);
            FloatVector nearest = s.add(ROUNDING_MAGIC).sub(ROUNDING_MAGIC);
            FloatVector magnitude;
            if (rounding == Rounding.RNE) {
                magnitude = nearest;
            } else {
                FloatVector floor = nearest.lanewise(VectorOperators.SUB, 1f, nearest.compare(VectorOperators.GT, s));
                FloatVector fraction = s.sub(floor);
                VectorMask<Float> negative = v.compare(VectorOperators.LT, 0f);
                // Inexact also where s underflowed to 0 from a nonzero value.
                VectorMask<Float> inexact = fraction.compare(VectorOperators.GT, 0f)
                        .or(s.compare(VectorOperators.EQ, 0f).and(a.compare(VectorOperators.GT, 0f)));
                VectorMask<Float> up = switch (rounding) {
                    case RTZ -> SPECIES.maskAll(false);
                    case RNA -> fraction.compare(VectorOperators.GE, 0.5f);
                    case UP -> inexact.andNot(negative);
                    case DOWN -> inexact.and(negative);
                    case STOCHASTIC -> {
                        IntVector top = (IntVector) fraction.mul(randomScale).convert(VectorOperators.F2I, 0);
                        IntVector threshold = IntVector.broadcast(INTS, randomLimit)
                                .sub(IntVector.fromArray(INTS, random, i));
                        yield top.compare(VectorOperators.GT, threshold).cast(SPECIES);
                    }
                    default -> throw new IllegalStateException("unexpected rounding " + rounding);
                };
                magnitude = floor.lanewise(VectorOperators.ADD, 1f, up);
            }
            magnitude = magnitude.min(maxMagnitude);
            FloatVector signed = magnitude.lanewise(VectorOperators.NEG, v.compare(VectorOperators.LT, 0f));
            ((IntVector) signed.convert(VectorOperators.F2I, 0)).intoArray(scratch, i);
        }
        for (; i < n; i++) {
            scratch[i] = code(format, src[from + i], e, from + i);
        }
    }

    /** Narrows scratch codes into the block's slots and zeroes its padding (C2 vectorizes both loops). */
    private static void store(int[] scratch, int n, short[] codes, int offset, int k) {
        for (int i = 0; i < n; i++) {
            codes[offset + i] = (short) scratch[i];
        }
        for (int i = n; i < k; i++) {
            codes[offset + i] = 0;
        }
    }

    static void dequantize(BfpMatrix packed, float[] dst) {
        BlockShape shape = packed.shape();
        // Locals, not record calls in the loop: blocksPerRow() and paddedCols() divide.
        int rows = shape.rows();
        int cols = shape.cols();
        int blocksPerRow = shape.blocksPerRow();
        int paddedCols = shape.paddedCols();
        int k = shape.blockSize();
        int m = packed.format().mantissaBits();
        for (int r = 0; r < rows; r++) {
            for (int b = 0; b < blocksPerRow; b++) {
                float step = DecodeTables.powerOfTwo(packed.exponent(r * blocksPerRow + b) - m + 1);
                IntegerBlockDecode.shorts(packed.codes(), r * paddedCols + b * k, step, dst,
                        r * cols + b * k, shape.valuesInBlock(b));
            }
        }
    }

    /** The scalar reference of {@link #dequantize}. */
    static void dequantizeScalar(BfpMatrix packed, float[] dst) {
        BlockShape shape = packed.shape();
        int k = shape.blockSize();
        int m = packed.format().mantissaBits();
        short[] codes = packed.codes();
        for (int r = 0; r < shape.rows(); r++) {
            for (int b = 0; b < shape.blocksPerRow(); b++) {
                // 2^(E-M+1) >= 2^-141 is a float, and every code times it is exact.
                float step = Math.scalb(1f, packed.exponent(r * shape.blocksPerRow() + b) - m + 1);
                int codeOff = r * shape.paddedCols() + b * k;
                int dstOff = r * shape.cols() + b * k;
                int n = shape.valuesInBlock(b);
                for (int i = 0; i < n; i++) {
                    dst[dstOff + i] = codes[codeOff + i] * step;
                }
            }
        }
    }
}

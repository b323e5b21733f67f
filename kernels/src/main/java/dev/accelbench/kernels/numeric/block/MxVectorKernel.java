package dev.accelbench.kernels.numeric.block;

import dev.accelbench.kernels.numeric.MiniFloat;
import dev.accelbench.kernels.platform.KernelSpecies;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API kernels of the MX formats, equal to {@link MxKernel}'s scalar references bit for
 * bit. Each loop runs over the whole matrix in one method, so that C2 compiles it as one piece:
 * a vector crossing a call that C2 does not inline would be boxed on the heap. Full blocks run
 * vectorized; a row's partial last block runs the scalar reference.
 *
 * <p><b>Block max and scale.</b> {@link BlockMax#maxAbsBits} gives the bits of max|v|; its float
 * exponent field minus 127 is Math.getExponent of the max (-127 for subnormals and zero), and bits
 * at or above +Inf's mean NaN or infinity inside. The all-zero and NaN blocks are written with the
 * same vector code, their codes ANDed with a zero mask.
 *
 * <p><b>Minifloat elements.</b> x = v x 2^-shared is one float multiplication by a power of two,
 * the same rounding as the reference's Math.scalb (exact unless x falls below float's normal range,
 * far under every element's smallest subnormal). Saturation comes first, as an integer min of
 * |x|'s bits with the largest finite's (round and min commute because the largest finite lies on
 * the grid). Then, in the element's normal range, adding half an ulp minus one plus the lowest
 * kept bit to the bits and shifting the dropped bits out rounds to nearest even, a carry moving
 * into the exponent by itself; subtracting float's exponent bias and adding the element's before
 * the shift leaves the element's code. Below it, |x| + 2^(emin - M + 23) has float spacing
 * 2^(emin - M), the element's subnormal step, so the FPU rounds it to nearest even and the sum's
 * bits minus the constant's are the subnormal code (2^M, the smallest normal's code, when it
 * rounds up). The sign bit moves into place with a shift and an AND.
 *
 * <p><b>INT8 elements.</b> x x 64 (exact), min 127, then adding 2^23 rounds to an integer whose
 * bits minus 2^23's are the magnitude; negation is (q XOR s) - s with s the sign spread over the
 * lane.
 *
 * <p><b>Dequantize.</b> A minifloat code's magnitude bits shifted to float's mantissa position
 * read as a float32 are the element's value times 2^(bias - 127), subnormals included (they land on
 * float subnormals with the same mantissa); multiplying by 2^(127 - bias) (exact) and then by the
 * block's 2^(e - 127) (the reference's one rounding) gives the table value times the scale. NaN
 * and infinity codes are blended in by magnitude.
 */
final class MxVectorKernel {

    private static final VectorSpecies<Float> F = KernelSpecies.FLOAT;
    private static final VectorSpecies<Integer> I = F.withLanes(int.class);
    /** Bytes with at least as many lanes as F (64 bits is the smallest byte shape). */
    private static final VectorSpecies<Byte> B =
            VectorSpecies.of(byte.class, VectorShape.forBitSize(Math.max(64, F.vectorBitSize() / 4)));
    private static final int LANES = F.length();
    private static final int K = MxFormat.BLOCK_SIZE;
    private static final float ROUNDING_MAGIC = 0x1p23f;
    private static final int ROUNDING_MAGIC_BITS = Float.floatToRawIntBits(ROUNDING_MAGIC);
    private static final float INT8_LIMIT = 127f;

    private MxVectorKernel() {
    }

    /** The E8M0 scale code of a block whose max|v| has bits {@code maxBits} (see {@link MxKernel#scaleCode}). */
    private static int scaleCode(int emax, int maxBits) {
        if (maxBits >= BlockMax.INFINITY_BITS) {
            return MxFormat.NAN_SCALE;
        }
        // An all-zero block gives exponent -127, clamped to shared -127: scale 0, as the reference's.
        return Math.max(-127, Math.min(127, (maxBits >>> 23) - 127 - emax)) + 127;
    }

    /** All ones where the block's codes are kept, zero for an all-zero or NaN block. */
    private static int keepMask(int maxBits) {
        return maxBits == 0 || maxBits >= BlockMax.INFINITY_BITS ? 0 : -1;
    }

    static void quantizeMiniFloat(MxFormat format, float[] src, MxMatrix dst) {
        MiniFloat e = format.element();
        int m = e.mantissaBits();
        int dropped = 23 - m;
        int emax = format.emax();
        int maxFiniteBits = Float.floatToRawIntBits((float) e.maxFinite());
        int minNormalBits = (e.minNormalExponent() + 127) << 23;
        int roundAndRebias = (1 << (dropped - 1)) - 1 - ((127 - e.bias()) << 23);
        float subnormalMagic = Math.scalb(1f, e.minNormalExponent() - m + 23);
        int subnormalMagicBits = Float.floatToRawIntBits(subnormalMagic);
        int signShift = 31 - (e.exponentBits() + m);
        int signBit = 1 << (e.exponentBits() + m);
        VectorMask<Byte> store = B.indexInRange(0, LANES);
        BlockShape shape = dst.shape();
        byte[] codes = dst.codes();
        byte[] scales = dst.scales();
        for (int r = 0; r < shape.rows(); r++) {
            for (int b = 0; b < shape.blocksPerRow(); b++) {
                if (shape.valuesInBlock(b) < K) {
                    MxKernel.quantizeBlock(format, src, dst, r, b);
                    continue;
                }
                int from = r * shape.cols() + b * K;
                int codeOff = r * shape.paddedCols() + b * K;
                int maxBits = BlockMax.maxAbsBits(src, from, K);
                int scale = scaleCode(emax, maxBits);
                scales[r * shape.blocksPerRow() + b] = (byte) scale;
                float inverse = DecodeTables.powerOfTwo(127 - scale);
                int keep = keepMask(maxBits);
                for (int j = 0; j < K; j += LANES) {
                    IntVector bits = FloatVector.fromArray(F, src, from + j).mul(inverse).reinterpretAsInts();
                    IntVector a = bits.and(0x7FFFFFFF).min(maxFiniteBits);
                    IntVector normal = a.add(a.lanewise(VectorOperators.LSHR, dropped).and(1)).add(roundAndRebias)
                            .lanewise(VectorOperators.LSHR, dropped);
                    IntVector subnormal = a.reinterpretAsFloats().add(subnormalMagic).reinterpretAsInts()
                            .sub(subnormalMagicBits);
                    IntVector code = normal.blend(subnormal, a.compare(VectorOperators.LT, minNormalBits))
                            .or(bits.lanewise(VectorOperators.LSHR, signShift).and(signBit))
                            .and(keep);
                    ByteVector narrow = (ByteVector) code.convertShape(VectorOperators.I2B, B, 0);
                    if (B.length() == LANES) {
                        narrow.intoArray(codes, codeOff + j);
                    } else {
                        narrow.intoArray(codes, codeOff + j, store);
                    }
                }
            }
        }
    }

    static void quantizeInt8(float[] src, MxMatrix dst) {
        float toInt = 1 << MxFormat.INT8_FRACTION_BITS;
        VectorMask<Byte> store = B.indexInRange(0, LANES);
        BlockShape shape = dst.shape();
        byte[] codes = dst.codes();
        byte[] scales = dst.scales();
        for (int r = 0; r < shape.rows(); r++) {
            for (int b = 0; b < shape.blocksPerRow(); b++) {
                if (shape.valuesInBlock(b) < K) {
                    MxKernel.quantizeBlock(MxFormat.MXINT8, src, dst, r, b);
                    continue;
                }
                int from = r * shape.cols() + b * K;
                int codeOff = r * shape.paddedCols() + b * K;
                int maxBits = BlockMax.maxAbsBits(src, from, K);
                int scale = scaleCode(0, maxBits);
                scales[r * shape.blocksPerRow() + b] = (byte) scale;
                float inverse = DecodeTables.powerOfTwo(127 - scale);
                int keep = keepMask(maxBits);
                for (int j = 0; j < K; j += LANES) {
                    // Two products, as the reference scales: 2^-shared x 64 can exceed float's range.
                    FloatVector x = FloatVector.fromArray(F, src, from + j).mul(inverse).mul(toInt);
                    IntVector q = x.abs().min(INT8_LIMIT).add(ROUNDING_MAGIC).reinterpretAsInts()
                            .sub(ROUNDING_MAGIC_BITS);
                    IntVector sign = x.reinterpretAsInts().lanewise(VectorOperators.ASHR, 31);
                    IntVector code = q.lanewise(VectorOperators.XOR, sign).sub(sign).and(keep);
                    ByteVector narrow = (ByteVector) code.convertShape(VectorOperators.I2B, B, 0);
                    if (B.length() == LANES) {
                        narrow.intoArray(codes, codeOff + j);
                    } else {
                        narrow.intoArray(codes, codeOff + j, store);
                    }
                }
            }
        }
    }

    static void dequantizeMiniFloat(MxMatrix packed, float[] dst) {
        MiniFloat e = packed.format().element();
        int bits = e.bits();
        int magnitudeMask = (1 << (bits - 1)) - 1;
        int valueShift = 23 - e.mantissaBits();
        int signShift = 32 - bits;
        float rebias = Math.scalb(1f, 127 - e.bias());
        int infinityMagnitude = infinityMagnitude(e);
        int firstNaNMagnitude = firstNaNMagnitude(e);
        float[] table = DecodeTables.of(packed.format());
        VectorMask<Byte> load = B.indexInRange(0, LANES);
        BlockShape shape = packed.shape();
        byte[] codes = packed.codes();
        for (int r = 0; r < shape.rows(); r++) {
            for (int b = 0; b < shape.blocksPerRow(); b++) {
                float factor = DecodeTables.mxScale(packed.scaleCode(r * shape.blocksPerRow() + b));
                int codeOff = r * shape.paddedCols() + b * K;
                int dstOff = r * shape.cols() + b * K;
                int n = shape.valuesInBlock(b);
                int i = 0;
                for (int bound = F.loopBound(n); i < bound; i += LANES) {
                    ByteVector narrow = B.length() == LANES ? ByteVector.fromArray(B, codes, codeOff + i)
                            : ByteVector.fromArray(B, codes, codeOff + i, load);
                    IntVector code = (IntVector) narrow.convertShape(VectorOperators.B2I, I, 0);
                    IntVector magnitude = code.and(magnitudeMask);
                    IntVector value = magnitude.lanewise(VectorOperators.LSHL, valueShift)
                            .blend(0x7F800000, magnitude.compare(VectorOperators.EQ, infinityMagnitude))
                            .blend(0x7FC00000, magnitude.compare(VectorOperators.GE, firstNaNMagnitude))
                            .or(code.lanewise(VectorOperators.LSHL, signShift).and(0x80000000));
                    value.reinterpretAsFloats().mul(rebias).mul(factor).intoArray(dst, dstOff + i);
                }
                for (; i < n; i++) {
                    dst[dstOff + i] = table[codes[codeOff + i] & 0xFF] * factor;
                }
            }
        }
    }

    /** The magnitude bits of the element's infinity, -1 (matching no code) if it has none. */
    static int infinityMagnitude(MiniFloat e) {
        int found = -1;
        for (int c = 0; c < 1 << (e.bits() - 1); c++) {
            if (e.isInfinite(c)) {
                if (found >= 0) {
                    throw new IllegalStateException(e + " has two infinity codes");
                }
                found = c;
            }
        }
        return found;
    }

    /**
     * The smallest magnitude bits that code a NaN; every larger magnitude must code one too (as in
     * OCP FP8, IEEE-style or FN). 2^(bits-1), matching no code, for FINITE elements.
     */
    static int firstNaNMagnitude(MiniFloat e) {
        int limit = 1 << (e.bits() - 1);
        int first = limit;
        while (first > 0 && e.isNaN(first - 1)) {
            first--;
        }
        for (int c = 0; c < first; c++) {
            if (e.isNaN(c)) {
                throw new IllegalStateException(e + " has NaN codes below its top ones");
            }
        }
        return first;
    }
}

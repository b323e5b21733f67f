package dev.accelbench.kernels.numeric.block;

import dev.accelbench.kernels.numeric.MiniFloat;
import dev.accelbench.kernels.platform.KernelSpecies;
import java.util.Arrays;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API kernels of the MX formats, equal to {@link MxKernel}'s scalar references bit for
 * bit. Each loop runs over the whole matrix in one method, so that C2 compiles it as one piece:
 * a vector crossing a call that C2 does not inline would be boxed on the heap. Full blocks run
 * vectorized; a row's partial last block runs the scalar reference.
 *
 * <p><b>Block max and scale.</b> {@link BlockMax#maxAbsBits} gives the bits of max|v|; its float
 * exponent field minus 127 is Math.getExponent of the max (-127 for subnormals and zero), and bits
 * at or above +Inf's mean NaN or infinity inside (all-zero and NaN blocks store zero codes). The
 * max of block b + {@value #AHEAD} is taken while block b is encoded, into a ring of maxima: the
 * loads from memory then overlap the encoding arithmetic of a block already in L1 (taking each
 * block's max just before encoding it left the encoding waiting on its own loads and reduction;
 * taking a run of maxima and then encoding the run left the memory idle during the encoding).
 *
 * <p><b>Minifloat elements.</b> x = v x 2^-shared is one float multiplication by a power of two,
 * the same rounding as the reference's Math.scalb (exact unless x falls below float's normal range,
 * far under every element's smallest subnormal). Saturation comes first, as an integer min of
 * |x|'s bits with the largest finite's (round and min commute because the largest finite lies on
 * the grid). Rounding is one addition: with E = max(floor(log2|x|), emin), |x| + 2^(E + 23 - M)
 * lies in the binade of that magic number, whose float spacing 2^(E - M) is the element's grid
 * step in binade E (or its subnormal step when E = emin), so the FPU rounds to nearest even there
 * and the sum's bits minus the magic's are round(|x| / 2^(E - M)), the element's significand
 * with its leading one (up to 2^(M+1) when rounding carries into the next binade; below 2^M for
 * subnormals). The magic is built from |x|'s exponent field with an AND, a max and an add, and
 * the code is that count plus (E - emin) << M, which the magic's bits shifted right by 23 - M give
 * up to a constant: one path for normal and subnormal elements, no blend, and no float32
 * subnormal results (which cost microcode assists: an earlier version scaled the rounded value
 * into float's subnormals and ran at half speed on FP4, whose 0.5 is subnormal). The sign bit
 * moves into place with a shift and an AND.
 *
 * <p><b>INT8 elements.</b> x x 64 (exact), min 127, then adding 2^23 rounds to an integer whose
 * bits minus 2^23's are the magnitude; negation is (q XOR s) - s with s the sign spread over the
 * lane.
 *
 * <p><b>Dequantize.</b> A minifloat code's magnitude bits shifted to float's mantissa position
 * read as a float32 are the element's value times 2^(bias - 127), subnormals included (they land on
 * float subnormals with the same mantissa); multiplying by 2^(127 - bias) (exact) and then by the
 * block's 2^(e - 127) (the reference's one rounding) gives the table value times the scale. NaN
 * and infinity codes get float's all-ones exponent ORed in (see {@link #firstSpecialMagnitude}).
 */
final class MxVectorKernel {

    private static final VectorSpecies<Float> F = KernelSpecies.FLOAT;
    private static final VectorSpecies<Integer> I = KernelSpecies.INT;
    /** Bytes with at least as many lanes as F (64 bits is the smallest byte shape). */
    private static final VectorSpecies<Byte> B = KernelSpecies.BYTE;
    private static final int LANES = F.length();
    private static final int K = MxFormat.BLOCK_SIZE;
    private static final float ROUNDING_MAGIC = 0x1p23f;
    private static final int ROUNDING_MAGIC_BITS = Float.floatToRawIntBits(ROUNDING_MAGIC);
    private static final float INT8_LIMIT = 127f;
    /**
     * How many blocks ahead of the one being encoded the block max is taken (a power of two): its
     * loads, 2 KiB ahead, then come from memory while the CPU encodes a block already in L1.
     */
    private static final int AHEAD = 16;

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

    /** Whether a block is all zeros or holds NaN or infinity: its codes are all zero. */
    private static boolean isEmpty(int maxBits) {
        return maxBits == 0 || maxBits >= BlockMax.INFINITY_BITS;
    }

    static void quantizeMiniFloat(MxFormat format, float[] src, MxMatrix dst) {
        MiniFloat e = format.element();
        int m = e.mantissaBits();
        int dropped = 23 - m;
        int emax = format.emax();
        int maxFiniteBits = Float.floatToRawIntBits((float) e.maxFinite());
        int minNormalBits = (e.minNormalExponent() + 127) << 23;
        // Adding (23 - M) to a power of two's exponent field makes the magic of its binade.
        int magicOffset = dropped << 23;
        // The magic's bits shifted right by 23 - M are (E + 127 + 23 - M) << M; minus this, (E - emin) << M.
        int binadeBase = (dropped + e.minNormalExponent() + 127) << m;
        int signShift = 31 - (e.exponentBits() + m);
        int signBit = 1 << (e.exponentBits() + m);
        VectorMask<Byte> store = B.indexInRange(0, LANES);
        BlockShape shape = dst.shape();
        // Locals, not record calls in the loop: blocksPerRow() and paddedCols() divide.
        int rows = shape.rows();
        int cols = shape.cols();
        int blocksPerRow = shape.blocksPerRow();
        int paddedCols = shape.paddedCols();
        byte[] codes = dst.codes();
        byte[] scales = dst.scales();
        int fullBlocks = cols / K;
        int[] maxima = new int[AHEAD];
        for (int r = 0; r < rows; r++) {
            int rowFrom = r * cols;
            BlockMax.maxAbsBits(src, rowFrom, K, Math.min(AHEAD, fullBlocks), maxima);
            for (int c = 0; c < fullBlocks; c++) {
                int from = rowFrom + c * K;
                int codeOff = r * paddedCols + c * K;
                int maxBits = maxima[c & (AHEAD - 1)];
                if (c + AHEAD < fullBlocks) {
                    maxima[c & (AHEAD - 1)] = BlockMax.maxAbsBits(src, from + AHEAD * K, K);
                }
                int scale = scaleCode(emax, maxBits);
                scales[r * blocksPerRow + c] = (byte) scale;
                if (isEmpty(maxBits)) {
                    Arrays.fill(codes, codeOff, codeOff + K, (byte) 0);
                    continue;
                }
                float inverse = DecodeTables.powerOfTwo(127 - scale);
                for (int j = 0; j < K; j += LANES) {
                    IntVector bits = FloatVector.fromArray(F, src, from + j).mul(inverse).reinterpretAsInts();
                    IntVector a = bits.and(0x7FFFFFFF).min(maxFiniteBits);
                    IntVector magic = a.and(0x7F800000).max(minNormalBits).add(magicOffset);
                    IntVector sum = a.reinterpretAsFloats().add(magic.reinterpretAsFloats())
                            .reinterpretAsInts();
                    IntVector code = sum.sub(magic).add(magic.lanewise(VectorOperators.LSHR, dropped))
                            .sub(binadeBase)
                            .or(bits.lanewise(VectorOperators.LSHR, signShift).and(signBit));
                    ByteVector narrow = (ByteVector) code.convertShape(VectorOperators.I2B, B, 0);
                    if (B.length() == LANES) {
                        narrow.intoArray(codes, codeOff + j);
                    } else {
                        narrow.intoArray(codes, codeOff + j, store);
                    }
                }
            }
            if (fullBlocks < blocksPerRow) {
                MxKernel.quantizeBlock(format, src, dst, r, fullBlocks);
            }
        }
    }

    static void quantizeInt8(float[] src, MxMatrix dst) {
        float toInt = 1 << MxFormat.INT8_FRACTION_BITS;
        VectorMask<Byte> store = B.indexInRange(0, LANES);
        BlockShape shape = dst.shape();
        // Locals, not record calls in the loop: blocksPerRow() and paddedCols() divide.
        int rows = shape.rows();
        int cols = shape.cols();
        int blocksPerRow = shape.blocksPerRow();
        int paddedCols = shape.paddedCols();
        byte[] codes = dst.codes();
        byte[] scales = dst.scales();
        int fullBlocks = cols / K;
        int[] maxima = new int[AHEAD];
        for (int r = 0; r < rows; r++) {
            int rowFrom = r * cols;
            BlockMax.maxAbsBits(src, rowFrom, K, Math.min(AHEAD, fullBlocks), maxima);
            for (int c = 0; c < fullBlocks; c++) {
                int from = rowFrom + c * K;
                int codeOff = r * paddedCols + c * K;
                int maxBits = maxima[c & (AHEAD - 1)];
                if (c + AHEAD < fullBlocks) {
                    maxima[c & (AHEAD - 1)] = BlockMax.maxAbsBits(src, from + AHEAD * K, K);
                }
                int scale = scaleCode(0, maxBits);
                scales[r * blocksPerRow + c] = (byte) scale;
                if (isEmpty(maxBits)) {
                    Arrays.fill(codes, codeOff, codeOff + K, (byte) 0);
                    continue;
                }
                float inverse = DecodeTables.powerOfTwo(127 - scale);
                for (int j = 0; j < K; j += LANES) {
                    // Two products, as the reference scales: 2^-shared x 64 can exceed float's range.
                    FloatVector x = FloatVector.fromArray(F, src, from + j).mul(inverse).mul(toInt);
                    IntVector q = x.abs().min(INT8_LIMIT).add(ROUNDING_MAGIC).reinterpretAsInts()
                            .sub(ROUNDING_MAGIC_BITS);
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
                MxKernel.quantizeBlock(MxFormat.MXINT8, src, dst, r, fullBlocks);
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
        int firstSpecial = firstSpecialMagnitude(e);
        float[] table = DecodeTables.of(packed.format());
        VectorMask<Byte> load = B.indexInRange(0, LANES);
        BlockShape shape = packed.shape();
        // Locals, not record calls in the loop: blocksPerRow() and paddedCols() divide.
        int rows = shape.rows();
        int cols = shape.cols();
        int blocksPerRow = shape.blocksPerRow();
        int paddedCols = shape.paddedCols();
        byte[] codes = packed.codes();
        for (int r = 0; r < rows; r++) {
            for (int b = 0; b < blocksPerRow; b++) {
                float factor = DecodeTables.mxScale(packed.scaleCode(r * blocksPerRow + b));
                int codeOff = r * paddedCols + b * K;
                int dstOff = r * cols + b * K;
                int n = shape.valuesInBlock(b);
                int i = 0;
                for (int bound = F.loopBound(n); i < bound; i += LANES) {
                    ByteVector narrow = B.length() == LANES ? ByteVector.fromArray(B, codes, codeOff + i)
                            : ByteVector.fromArray(B, codes, codeOff + i, load);
                    IntVector code = (IntVector) narrow.convertShape(VectorOperators.B2I, I, 0);
                    IntVector magnitude = code.and(magnitudeMask);
                    IntVector value = magnitude.lanewise(VectorOperators.LSHL, valueShift)
                            .lanewise(VectorOperators.OR, 0x7F800000,
                                    magnitude.compare(VectorOperators.GT, firstSpecial - 1))
                            .or(code.lanewise(VectorOperators.LSHL, signShift).and(0x80000000));
                    value.reinterpretAsFloats().mul(rebias).mul(factor).intoArray(dst, dstOff + i);
                }
                for (; i < n; i++) {
                    dst[dstOff + i] = table[codes[codeOff + i] & 0xFF] * factor;
                }
            }
        }
    }

    /**
     * The smallest magnitude bits (code without its sign) of a NaN or infinity; 2^(bits-1),
     * matching no code, for FINITE elements. Dequantizing ORs float's all-ones exponent into the
     * lanes at or above it, which reads as infinity where the element's mantissa is zero and as NaN
     * elsewhere; so every magnitude from there up must be special, an infinity exactly where its
     * mantissa is zero (as in OCP FP8: E5M2 0x7C infinity, 0x7D..0x7F NaN; E4M3 0x7F NaN).
     */
    static int firstSpecialMagnitude(MiniFloat e) {
        int limit = 1 << (e.bits() - 1);
        int first = limit;
        while (first > 0 && (e.isNaN(first - 1) || e.isInfinite(first - 1))) {
            first--;
        }
        int mantissaMask = (1 << e.mantissaBits()) - 1;
        for (int c = 0; c < limit; c++) {
            boolean special = e.isNaN(c) || e.isInfinite(c);
            if (special != c >= first || special && e.isInfinite(c) != ((c & mantissaMask) == 0)) {
                throw new IllegalStateException(e + ": NaN and infinity codes do not read as float32's");
            }
        }
        return first;
    }
}

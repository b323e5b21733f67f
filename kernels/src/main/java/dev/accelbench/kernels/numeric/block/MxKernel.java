package dev.accelbench.kernels.numeric.block;

import dev.accelbench.kernels.numeric.MiniFloat;
import dev.accelbench.kernels.numeric.Overflow;
import dev.accelbench.kernels.numeric.Rounding;
import dev.accelbench.kernels.platform.KernelSpecies;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * MX quantization: a scalar reference on {@link MiniFloat#encode} (round to nearest even,
 * saturating) and a Vector API kernel giving the same codes (tests check it bit for bit).
 *
 * <p>The vector kernel rounds an element x (|x| < 2^(emax+1) by the choice of the shared exponent)
 * to the element grid with one addition: for the binade exponent e = max(floor(log2|x|), emin),
 * the grid step is 2^(e-M), and (|x| + 2^(e-M+23)) - 2^(e-M+23) rounds to it, ties to even,
 * because the sum lies in the binade whose float32 step is exactly 2^(e-M). Saturation is then a
 * min with the element's largest finite, and the code comes straight from the rounded float's bits
 * (normal) or from r x 2^(M-emin) (subnormal). Scaling by 2^-shared is exact except below
 * float32's normal range, far under every element type's smallest subnormal, where both paths
 * give zero.
 */
final class MxKernel {

    private static final VectorSpecies<Float> SPECIES = KernelSpecies.FLOAT;
    private static final VectorSpecies<Integer> INTS = VectorSpecies.of(int.class, SPECIES.vectorShape());
    private static final float ROUNDING_MAGIC = 0x1p23f;
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
        BlockShape shape = dst.shape();
        int[] scratch = new int[MxFormat.BLOCK_SIZE];
        ElementGrid grid = format.isInt() ? null : ElementGrid.of(format.element());
        for (int r = 0; r < shape.rows(); r++) {
            for (int b = 0; b < shape.blocksPerRow(); b++) {
                int from = r * shape.cols() + b * MxFormat.BLOCK_SIZE;
                int n = shape.valuesInBlock(b);
                int codeOff = r * shape.paddedCols() + b * MxFormat.BLOCK_SIZE;
                float max = BlockMax.vector(src, from, n);
                int scale = scaleCode(format, max);
                dst.scales()[r * shape.blocksPerRow() + b] = (byte) scale;
                if (scale == MxFormat.NAN_SCALE || max == 0) {
                    java.util.Arrays.fill(dst.codes(), codeOff, codeOff + MxFormat.BLOCK_SIZE, (byte) 0);
                    continue;
                }
                float inverse = Math.scalb(1f, 127 - scale);
                if (grid == null) {
                    encodeInt8(src, from, n, inverse, scratch);
                } else {
                    encodeMiniFloat(grid, format.element(), src, from, n, inverse, scratch);
                }
                byte[] codes = dst.codes();
                for (int i = 0; i < n; i++) {
                    codes[codeOff + i] = (byte) scratch[i];
                }
                for (int i = n; i < MxFormat.BLOCK_SIZE; i++) {
                    codes[codeOff + i] = 0;
                }
            }
        }
    }

    static void quantizeScalar(MxFormat format, float[] src, MxMatrix dst) {
        BlockShape shape = dst.shape();
        for (int r = 0; r < shape.rows(); r++) {
            for (int b = 0; b < shape.blocksPerRow(); b++) {
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

    private static void encodeInt8(float[] src, int from, int n, float inverse, int[] scratch) {
        float toInt = 1 << MxFormat.INT8_FRACTION_BITS;
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            FloatVector v = FloatVector.fromArray(SPECIES, src, from + i);
            // Two products, as the reference scales: 2^-shared x 64 can exceed float's range.
            FloatVector a = v.abs().mul(inverse).mul(toInt);
            FloatVector q = a.add(ROUNDING_MAGIC).sub(ROUNDING_MAGIC).min(MAX_INT8);
            q = q.lanewise(VectorOperators.NEG, v.compare(VectorOperators.LT, 0f));
            ((IntVector) q.convert(VectorOperators.F2I, 0)).intoArray(scratch, i);
        }
        for (; i < n; i++) {
            float x = src[from + i] * inverse * toInt;
            scratch[i] = (int) Math.max(-MAX_INT8, Math.min(MAX_INT8, Math.rint(x)));
        }
    }

    private static void encodeMiniFloat(ElementGrid g, MiniFloat element, float[] src, int from, int n, float inverse,
                                        int[] scratch) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            FloatVector x = FloatVector.fromArray(SPECIES, src, from + i).mul(inverse);
            IntVector bits = x.reinterpretAsInts();
            FloatVector a = x.abs();
            IntVector binade = a.reinterpretAsInts().lanewise(VectorOperators.LSHR, 23).max(g.eminBiased);
            FloatVector magic = binade.add(23 - g.mantissaBits).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            FloatVector rounded = a.add(magic).sub(magic).min(g.maxFinite);
            IntVector normal = rounded.reinterpretAsInts().lanewise(VectorOperators.LSHR, 23 - g.mantissaBits)
                    .sub(g.codeOffset);
            IntVector subnormal = (IntVector) rounded.mul(g.subnormalScale).convert(VectorOperators.F2I, 0);
            VectorMask<Integer> tiny = rounded.compare(VectorOperators.LT, g.minNormal).cast(INTS);
            IntVector code = normal.blend(subnormal, tiny)
                    .lanewise(VectorOperators.OR, g.signBit, bits.compare(VectorOperators.LT, 0));
            code.intoArray(scratch, i);
        }
        for (; i < n; i++) {
            scratch[i] = element.encode(src[from + i] * inverse, Rounding.RNE, Overflow.SATURATE, 0, 0);
        }
    }

    /**
     * What the vector kernel needs to know of a minifloat element type, as plain numbers.
     *
     * @param mantissaBits   M
     * @param eminBiased     the smallest normal exponent, biased as float32's (emin + 127)
     * @param maxFinite      the largest finite value
     * @param minNormal      2^emin
     * @param subnormalScale 2^(M - emin): subnormal value to code
     * @param codeOffset     float32 exponent bias minus the element's, shifted to the code's exponent field
     * @param signBit        the code's sign bit
     */
    record ElementGrid(int mantissaBits, int eminBiased, float maxFinite, float minNormal, float subnormalScale,
                       int codeOffset, int signBit) {

        static ElementGrid of(MiniFloat f) {
            int emin = f.minNormalExponent();
            int m = f.mantissaBits();
            return new ElementGrid(m, emin + 127, (float) f.maxFinite(), Math.scalb(1f, emin), Math.scalb(1f, m - emin),
                    (127 - f.bias()) << m, 1 << (f.exponentBits() + m));
        }
    }

    static void dequantize(MxMatrix packed, float[] dst) {
        BlockShape shape = packed.shape();
        float[] table = DecodeTables.of(packed.format());
        byte[] codes = packed.codes();
        for (int r = 0; r < shape.rows(); r++) {
            for (int b = 0; b < shape.blocksPerRow(); b++) {
                int scale = packed.scaleCode(r * shape.blocksPerRow() + b);
                // 2^(e-127) >= 2^-127 is a float, and every element times it is exact.
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

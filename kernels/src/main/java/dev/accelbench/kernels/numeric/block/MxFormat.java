package dev.accelbench.kernels.numeric.block;

import dev.accelbench.kernels.numeric.FormatNames;
import dev.accelbench.kernels.numeric.MiniFloat;
import java.util.List;

/**
 * The OCP Microscaling (MX v1.0) formats: blocks of 32 elements share an E8M0 scale 2^(e-127).
 * The shared exponent is floor(log2 max|v|) - emax_elem clamped to [-127, 127], where emax_elem is
 * the exponent of the element type's largest normal; elements are v / 2^shared rounded to nearest
 * even with saturation. An all-zero block gets scale 0x00 and zero elements; a block holding NaN
 * or an infinity gets scale 0xFF (NaN), zero elements, and decodes to NaN throughout.
 */
public final class MxFormat implements BlockFormat {
    /** FP8 E4M3 (OCP, FN) elements, max 448. */
    public static final MxFormat MXFP8_E4M3 = new MxFormat("mxfp8-e4m3", "e4m3", 8);
    /** FP8 E5M2 (OCP, IEEE) elements, max 57,344; saturation keeps them finite. */
    public static final MxFormat MXFP8_E5M2 = new MxFormat("mxfp8-e5m2", "e5m2", 15);
    /** FP6 E3M2 (FINITE) elements, max 28. */
    public static final MxFormat MXFP6_E3M2 = new MxFormat("mxfp6-e3m2", "e3m2", 4);
    /** FP6 E2M3 (FINITE) elements, max 7.5. */
    public static final MxFormat MXFP6_E2M3 = new MxFormat("mxfp6-e2m3", "e2m3", 2);
    /** FP4 E2M1 (FINITE) elements: 0, 0.5, 1, 1.5, 2, 3, 4, 6. */
    public static final MxFormat MXFP4 = new MxFormat("mxfp4", "e2m1", 2);
    /** INT8 elements: two's complement with an implicit scale 2^-6, symmetric -127..127 (±1.984375). */
    public static final MxFormat MXINT8 = new MxFormat("mxint8", null, 0);

    /** The six formats of the MX v1.0 specification, in its order. */
    public static final List<MxFormat> ALL = List.of(MXFP8_E4M3, MXFP8_E5M2, MXFP6_E3M2, MXFP6_E2M3, MXFP4, MXINT8);

    /** Every MX format has blocks of 32. */
    public static final int BLOCK_SIZE = 32;
    /** Scale code of a block holding NaN or an infinity. */
    public static final int NAN_SCALE = 0xFF;
    /** MXINT8's implicit element scale is 2^-INT8_FRACTION_BITS. */
    public static final int INT8_FRACTION_BITS = 6;

    private final String formatName;
    private final MiniFloat element;
    private final int emax;

    private MxFormat(String formatName, String elementName, int emax) {
        this.formatName = formatName;
        this.element = elementName == null ? null : (MiniFloat) FormatNames.parse(elementName);
        this.emax = emax;
    }

    @Override
    public String name() {
        return formatName;
    }

    @Override
    public String toString() {
        return formatName;
    }

    /** The minifloat element type, or null for MXINT8. */
    public MiniFloat element() {
        return element;
    }

    /** The exponent of the element type's largest normal (E4M3 8, E5M2 15, E3M2 4, E2M3 2, E2M1 2, INT8 0). */
    public int emax() {
        return emax;
    }

    /** Whether the elements are INT8 rather than minifloats. */
    public boolean isInt() {
        return element == null;
    }

    @Override
    public int blockSize() {
        return BLOCK_SIZE;
    }

    @Override
    public int elementBits() {
        return isInt() ? 8 : element.bits();
    }

    @Override
    public int scaleBits() {
        return 8;
    }

    @Override
    public MxMatrix quantize(float[] rowMajor, int rows, int cols) {
        MxMatrix packed = MxMatrix.allocate(this, BlockShape.of(rowMajor, rows, cols, BLOCK_SIZE));
        MxKernel.quantize(this, rowMajor, packed);
        return packed;
    }

    /** Packs {@code rowMajor} into {@code dst}'s arrays (of dst's shape and this format), overwriting them. */
    public void quantizeInto(float[] rowMajor, MxMatrix dst) {
        if (dst.format() != this) {
            throw new IllegalArgumentException("cannot pack " + formatName + " into a " + dst.format() + " matrix");
        }
        BlockShape.of(rowMajor, dst.rows(), dst.cols(), BLOCK_SIZE);
        MxKernel.quantize(this, rowMajor, dst);
    }

    @Override
    public MxMatrix quantizeScalar(float[] rowMajor, int rows, int cols) {
        MxMatrix packed = MxMatrix.allocate(this, BlockShape.of(rowMajor, rows, cols, BLOCK_SIZE));
        MxKernel.quantizeScalar(this, rowMajor, packed);
        return packed;
    }
}

package dev.accelbench.kernels.numeric.block;

/**
 * Tables built once: element values of the MX formats by code, 256 entries each (a code's unused
 * high bits ignored), which the scalar dequantize reference reads with one load per element; and
 * the powers of two that the kernels scale blocks by, subnormal ones included, so that a block's
 * factor is a load rather than a {@link Math#scalb} call.
 */
final class DecodeTables {

    private static final float[][] TABLES = new float[MxFormat.ALL.size()][];
    /** The smallest k with 2^k a (subnormal) float. */
    private static final int MIN_POWER = -149;
    private static final float[] POWERS = new float[127 - MIN_POWER + 1];

    static {
        for (int f = 0; f < TABLES.length; f++) {
            MxFormat format = MxFormat.ALL.get(f);
            float[] table = new float[256];
            for (int code = 0; code < 256; code++) {
                table[code] = format.isInt() ? Math.scalb((float) (byte) code, -MxFormat.INT8_FRACTION_BITS)
                        : format.element().decode(code & ((1 << format.element().bits()) - 1));
            }
            TABLES[f] = table;
        }
        for (int k = MIN_POWER; k <= 127; k++) {
            POWERS[k - MIN_POWER] = Math.scalb(1f, k);
        }
    }

    private DecodeTables() {
    }

    /** The table of one format; callers must not write to it. */
    static float[] of(MxFormat format) {
        return TABLES[MxFormat.ALL.indexOf(format)];
    }

    /** 2^k, exactly, for -149 <= k <= 127. */
    static float powerOfTwo(int k) {
        return POWERS[k - MIN_POWER];
    }

    /** An E8M0 scale code's value: 2^(code - 127), NaN for the NaN code 0xFF. */
    static float mxScale(int scaleCode) {
        return scaleCode == MxFormat.NAN_SCALE ? Float.NaN : powerOfTwo(scaleCode - 127);
    }
}

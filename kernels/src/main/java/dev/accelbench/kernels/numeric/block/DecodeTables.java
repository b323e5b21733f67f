package dev.accelbench.kernels.numeric.block;

/**
 * Element values of the MX formats by code, 256 entries each (a code's unused high bits ignored),
 * built once: dequantizing is then one load and one multiply per element.
 */
final class DecodeTables {

    private static final float[][] TABLES = new float[MxFormat.ALL.size()][];

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
    }

    private DecodeTables() {
    }

    /** The table of one format; callers must not write to it. */
    static float[] of(MxFormat format) {
        return TABLES[MxFormat.ALL.indexOf(format)];
    }
}

package dev.accelbench.kernels.numeric;

import java.util.Objects;

/** The element-by-element loops over {@link Conversion}: the reference of every vectorized path. */
record ScalarBulkConversion(Conversion conversion) implements BulkConversion {

    @Override
    public boolean vectorized() {
        return false;
    }

    @Override
    public void fakeQuantize(float[] src, int srcOff, float[] dst, int dstOff, int n, long firstIndex) {
        conversion.fakeQuantize(src, srcOff, dst, dstOff, n, firstIndex);
    }

    @Override
    public void encode(float[] src, int srcOff, byte[] codes, int codesOff, int n, long firstIndex) {
        requireByteCodes(conversion.format());
        Objects.checkFromIndexSize(srcOff, n, src.length);
        Objects.checkFromIndexSize(codesOff, n, codes.length);
        if (conversion.rounding() == Rounding.HYSTERESIS) {
            throw new IllegalArgumentException("hysteresis needs the previous values: use fakeQuantize");
        }
        for (int i = 0; i < n; i++) {
            codes[codesOff + i] = (byte) conversion.encode(src[srcOff + i], firstIndex + i, Float.NaN);
        }
    }

    @Override
    public void decode(byte[] codes, int codesOff, float[] dst, int dstOff, int n) {
        requireByteCodes(conversion.format());
        Objects.checkFromIndexSize(codesOff, n, codes.length);
        Objects.checkFromIndexSize(dstOff, n, dst.length);
        ScalarFormat format = conversion.format();
        for (int i = 0; i < n; i++) {
            dst[dstOff + i] = format.decode(codes[codesOff + i] & 0xFF);
        }
    }

    static void requireShortCodes(ScalarFormat format) {
        if (format.bits() > 16) {
            throw new IllegalArgumentException(format.name() + " has " + format.bits()
                    + "-bit codes; short codes hold formats of up to 16 bits");
        }
    }

    static void requireByteCodes(ScalarFormat format) {
        if (format.bits() > 8) {
            throw new IllegalArgumentException(format.name() + " has " + format.bits()
                    + "-bit codes; byte codes hold formats of up to 8 bits");
        }
    }
}

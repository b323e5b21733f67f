package dev.accelbench.kernels.numeric;

/**
 * A {@link Conversion} prepared for arrays: constants precomputed once, Vector API kernels where the
 * format has them ({@link VectorMiniFloat}: every signed minifloat in every mode; {@link
 * VectorFixedPoint}: fixed point in the deterministic modes), the scalar conversion elsewhere (E8M0;
 * stochastic and hysteresis rounding to fixed point). Results equal the
 * scalar {@link Conversion} element for element, bit for bit, in every mode (tests check it).
 * Element i of a call is element {@code firstIndex + i} of the stream, for stochastic rounding.
 */
public interface BulkConversion {

    /** The conversion this performs. */
    Conversion conversion();

    /** Whether the Vector API does the work (false: the scalar loop). */
    boolean vectorized();

    /** {@code dst[i] = fakeQuantize(src[i])}; for hysteresis dst holds the previous quantized values and receives the new ones. */
    void fakeQuantize(float[] src, int srcOff, float[] dst, int dstOff, int n, long firstIndex);

    /** Codes of formats of up to 8 bits, one byte each. */
    void encode(float[] src, int srcOff, byte[] codes, int codesOff, int n, long firstIndex);

    /** Values of one-byte codes. */
    void decode(byte[] codes, int codesOff, float[] dst, int dstOff, int n);

    /** Codes of formats of up to 16 bits (FP16, BF16, ...), one short each; the scalar loop unless overridden. */
    default void encode(float[] src, int srcOff, short[] codes, int codesOff, int n, long firstIndex) {
        ScalarBulkConversion.requireShortCodes(conversion().format());
        java.util.Objects.checkFromIndexSize(srcOff, n, src.length);
        java.util.Objects.checkFromIndexSize(codesOff, n, codes.length);
        if (conversion().rounding() == Rounding.HYSTERESIS) {
            throw new IllegalArgumentException("hysteresis needs the previous values: use fakeQuantize");
        }
        for (int i = 0; i < n; i++) {
            codes[codesOff + i] = (short) conversion().encode(src[srcOff + i], firstIndex + i, Float.NaN);
        }
    }

    /** Values of two-byte codes; the scalar loop unless overridden. */
    default void decode(short[] codes, int codesOff, float[] dst, int dstOff, int n) {
        ScalarBulkConversion.requireShortCodes(conversion().format());
        java.util.Objects.checkFromIndexSize(codesOff, n, codes.length);
        java.util.Objects.checkFromIndexSize(dstOff, n, dst.length);
        for (int i = 0; i < n; i++) {
            dst[dstOff + i] = conversion().format().decode(codes[codesOff + i] & 0xFFFF);
        }
    }

    /** The fastest bulk conversion available for {@code conversion}. */
    static BulkConversion of(Conversion conversion) {
        if (VectorMiniFloat.supports(conversion)) {
            return new VectorMiniFloat(conversion);
        }
        if (VectorFixedPoint.supports(conversion)) {
            return new VectorFixedPoint(conversion);
        }
        return new ScalarBulkConversion(conversion);
    }

    /** The scalar reference, whatever the format. */
    static BulkConversion scalar(Conversion conversion) {
        return new ScalarBulkConversion(conversion);
    }
}

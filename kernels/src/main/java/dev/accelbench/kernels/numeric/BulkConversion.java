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

package dev.accelbench.kernels.numeric;

import java.util.Objects;

/**
 * A float32 -> format conversion: the format, a rounding mode, an overflow policy, and for
 * stochastic rounding a seed and the number of random bits. Scalar and bulk methods; the bulk
 * methods take the index of their first element so that stochastic rounding draws the same bits
 * whichever way an array is split ({@link StochasticBits}).
 *
 * <p>Hysteresis needs the previous quantized value of each element: the scalar methods take it as
 * an argument (NaN when there is none: the value then rounds to nearest even), and
 * {@link #fakeQuantize(float[], int, float[], int, int, long)} reads it from the destination, which
 * for that mode must hold the previous quantized values (NaN where there are none) and is updated.
 *
 * @param format     the target format
 * @param rounding   the rounding mode
 * @param overflow   the overflow policy
 * @param seed       the stochastic-rounding seed
 * @param randomBits random bits per stochastic rounding, 1..31
 */
public record Conversion(ScalarFormat format, Rounding rounding, Overflow overflow, long seed, int randomBits) {

    /** Random bits per stochastic rounding unless chosen: as many as FP32's significand could need. */
    public static final int DEFAULT_RANDOM_BITS = 24;

    public Conversion {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(overflow, "overflow");
        if (randomBits < 1 || randomBits > 31) {
            throw new IllegalArgumentException("random bits must be 1..31, got " + randomBits);
        }
    }

    /** A deterministic conversion (any mode but stochastic draws no random bits; seed 0). */
    public static Conversion of(ScalarFormat format, Rounding rounding, Overflow overflow) {
        return new Conversion(format, rounding, overflow, 0, DEFAULT_RANDOM_BITS);
    }

    /** Round to nearest even with IEEE overflow: the default conversion. */
    public static Conversion rne(ScalarFormat format) {
        return of(format, Rounding.RNE, Overflow.INF);
    }

    /** The code of {@code x}, the {@code index}-th element of its stream, whose previous quantized value was {@code previous}. */
    public int encode(float x, long index, float previous) {
        Rounding step = rounding;
        if (rounding == Rounding.HYSTERESIS) {
            step = Float.isNaN(previous) || x == previous ? Rounding.RNE : x > previous ? Rounding.DOWN : Rounding.UP;
        }
        int random = step == Rounding.STOCHASTIC ? StochasticBits.bits(seed, index, randomBits) : 0;
        return format.encode(x, step, overflow, random, randomBits);
    }

    /** The code of {@code x} for the deterministic modes (stochastic draws the bits of index 0). */
    public int encode(float x) {
        return encode(x, 0, Float.NaN);
    }

    /** {@code x} rounded to the format and back to float32. */
    public float fakeQuantize(float x, long index, float previous) {
        return format.decode(encode(x, index, previous));
    }

    /** {@code x} rounded to the format and back, for the deterministic modes. */
    public float fakeQuantize(float x) {
        return fakeQuantize(x, 0, Float.NaN);
    }

    /** Codes of {@code src[srcOff .. srcOff+n)} into {@code codes}, element i being stream index firstIndex + i. */
    public void encode(float[] src, int srcOff, int[] codes, int codesOff, int n, long firstIndex) {
        Objects.checkFromIndexSize(srcOff, n, src.length);
        Objects.checkFromIndexSize(codesOff, n, codes.length);
        requireStateless("encode");
        for (int i = 0; i < n; i++) {
            codes[codesOff + i] = encode(src[srcOff + i], firstIndex + i, Float.NaN);
        }
    }

    /** Decoded values of codes. */
    public void decode(int[] codes, int codesOff, float[] dst, int dstOff, int n) {
        Objects.checkFromIndexSize(codesOff, n, codes.length);
        Objects.checkFromIndexSize(dstOff, n, dst.length);
        for (int i = 0; i < n; i++) {
            dst[dstOff + i] = format.decode(codes[codesOff + i]);
        }
    }

    /**
     * {@code dst[i] = fakeQuantize(src[i])}, in place when src == dst. The scalar reference of the
     * vectorized bulk conversions; for hysteresis dst holds and receives the quantized state.
     */
    public void fakeQuantize(float[] src, int srcOff, float[] dst, int dstOff, int n, long firstIndex) {
        Objects.checkFromIndexSize(srcOff, n, src.length);
        Objects.checkFromIndexSize(dstOff, n, dst.length);
        for (int i = 0; i < n; i++) {
            dst[dstOff + i] = fakeQuantize(src[srcOff + i], firstIndex + i, dst[dstOff + i]);
        }
    }

    private void requireStateless(String operation) {
        if (rounding == Rounding.HYSTERESIS) {
            throw new IllegalArgumentException("bulk " + operation
                    + " has no previous values for hysteresis: use fakeQuantize with the state in dst");
        }
    }
}

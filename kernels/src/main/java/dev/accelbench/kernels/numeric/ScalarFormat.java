package dev.accelbench.kernels.numeric;

/**
 * A number format whose elements are coded one by one: a minifloat ({@link MiniFloat}) or fixed
 * point ({@link FixedPoint}). Codes are the format's bit patterns in the low {@link #bits()} bits
 * of an int. Rounding and overflow policies are chosen per conversion ({@link Conversion}).
 */
public sealed interface ScalarFormat permits MiniFloat, FixedPoint {

    /** The canonical name, as {@link FormatNames#parse} accepts it. */
    String name();

    /** Bits per code. */
    int bits();

    /**
     * Rounds {@code x} to a code. {@code rounding} must be a one-step mode, not
     * {@link Rounding#HYSTERESIS} (which {@link Conversion} resolves to up, down or nearest);
     * {@code random} holds {@code randomBits} random bits for {@link Rounding#STOCHASTIC}.
     */
    int encode(float x, Rounding rounding, Overflow overflow, int random, int randomBits);

    /** The exact value of a code (every code of every format is exact in double). */
    double value(int code);

    /** The value of a code as float32: exact for every minifloat code and for fixed-point codes of up to 24 significant bits. */
    default float decode(int code) {
        return (float) value(code);
    }

    /** The largest finite value. */
    double maxFinite();

    boolean hasNaN();

    boolean hasInfinity();
}

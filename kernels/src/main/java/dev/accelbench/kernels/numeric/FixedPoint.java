package dev.accelbench.kernels.numeric;

/**
 * Fixed point Qm.n: two's complement with m integer bits (the sign included) and n fraction bits,
 * m + n <= 32 bits in all; the value of code c is c x 2^-n, from -2^(m-1) to 2^(m-1) - 2^-n.
 * Saturating: a value beyond the range becomes the nearest end (Q8.8: -128 .. 127.99609375), so
 * {@link Overflow} does not apply. There is no NaN: NaN input gives 0, and Inf saturates.
 *
 * @param integerBits  m, the sign included (at least 1)
 * @param fractionBits n (at least 0)
 */
public record FixedPoint(int integerBits, int fractionBits) implements ScalarFormat {

    public FixedPoint {
        if (integerBits < 1 || fractionBits < 0 || integerBits + fractionBits > 32) {
            throw new IllegalArgumentException("fixed point q" + integerBits + "." + fractionBits
                    + " is impossible: need M >= 1, N >= 0, M + N <= 32");
        }
    }

    @Override
    public String name() {
        return "q" + integerBits + "." + fractionBits;
    }

    @Override
    public int bits() {
        return integerBits + fractionBits;
    }

    /** The smallest code, -2^(bits-1). */
    public long minCode() {
        return -(1L << (bits() - 1));
    }

    /** The largest code, 2^(bits-1) - 1. */
    public long maxCode() {
        return (1L << (bits() - 1)) - 1;
    }

    @Override
    public int encode(float x, Rounding rounding, Overflow overflow, int random, int randomBits) {
        if (Float.isNaN(x)) {
            return 0;
        }
        long code;
        if (Float.isInfinite(x)) {
            code = x > 0 ? maxCode() : minCode();
        } else {
            // x * 2^n is exact in double, and so are its floor and the fraction left over.
            double scaled = Math.scalb((double) x, fractionBits);
            double floor = Math.floor(scaled);
            double fraction = scaled - floor;
            long lower = (long) Math.max(Math.min(floor, 0x1p62), -0x1p62);
            boolean negative = x < 0;
            // The shared decision works on magnitudes: for negative values "away from zero" is the lower neighbour.
            long keptMagnitudeParity = negative ? lower + 1 : lower;
            double distanceFromKept = negative ? 1 - fraction : fraction;
            int halfComparison = Double.compare(distanceFromKept, 0.5);
            long topRandom = randomBits == 0 ? 0 : (long) Math.floor(Math.scalb(distanceFromKept, randomBits));
            boolean away = MiniFloat.awayFromZero(rounding, negative, halfComparison, fraction != 0,
                    (keptMagnitudeParity & 1) != 0, topRandom, random, randomBits);
            long towardZero = negative ? lower + (fraction != 0 ? 1 : 0) : lower;
            code = away ? (negative ? towardZero - 1 : towardZero + 1) : towardZero;
            code = Math.max(minCode(), Math.min(maxCode(), code));
        }
        return bits() == 32 ? (int) code : (int) (code & ((1L << bits()) - 1));
    }

    /** The code as a signed integer (sign-extended from {@link #bits()} bits). */
    public long signedCode(int code) {
        int unused = 32 - bits();
        return (long) (code << unused >> unused);
    }

    @Override
    public double value(int code) {
        return Math.scalb((double) signedCode(code), -fractionBits);
    }

    @Override
    public double maxFinite() {
        return Math.scalb((double) maxCode(), -fractionBits);
    }

    @Override
    public boolean hasNaN() {
        return false;
    }

    @Override
    public boolean hasInfinity() {
        return false;
    }

    @Override
    public String toString() {
        return name();
    }
}

package dev.accelbench.kernels.mac;

import dev.accelbench.kernels.numeric.FixedPoint;
import dev.accelbench.kernels.numeric.MiniFloat;
import dev.accelbench.kernels.numeric.Overflow;
import dev.accelbench.kernels.numeric.Rounding;

/**
 * One rounding adder (or, for a product, one rounding) as constants both emulations read, and the
 * scalar arithmetic: plain Java on doubles, written for clarity ({@link VectorMac} does the same
 * with bit manipulation on vector lanes, and the tests compare the two).
 *
 * <p>Values are held as doubles. Every value of the formats here (minifloats with at most 23
 * mantissa bits, fixed point of at most 32 bits, products of two float32 values) is exact in a
 * double. A minifloat addition is rounded once from the exact sum: TwoSum gives s = fl(a + b) and
 * the exact error e (a + b = s + e, |e| <= half an ulp of s); since every rounding boundary of the
 * target format is itself a double, a + b rounds as s does, except when s lies exactly on a
 * boundary (a tie) and e != 0, where e's sign decides. So the emulation is bit-exact with no
 * wide integers.
 */
final class Adder {

    final boolean fixed;
    // Minifloat: round to mantissaBits bits, quanta no finer than 2^(minExponent - mantissaBits).
    final int mantissaBits;
    final int minExponent;
    final double maxFinite;
    final double overflowValue;
    final boolean flush;
    final double minNormal;
    /** 2^(minExponent - mantissaBits): the quantum of the subnormals (or of the smallest binade). */
    final double minQuantum;
    /** Whether overflow gives the largest finite (else overflowValue is Inf or NaN). */
    final boolean saturate;
    // Fixed point: codes are value x scale, from minCode to maxCode.
    final double scale;
    final double inverseScale;
    final double minCode;
    final double maxCode;

    private Adder(boolean fixed, int mantissaBits, int minExponent, double maxFinite, double overflowValue, boolean flush,
                  double minNormal, double scale, double minCode, double maxCode) {
        this.fixed = fixed;
        this.mantissaBits = mantissaBits;
        this.minExponent = minExponent;
        this.maxFinite = maxFinite;
        this.overflowValue = overflowValue;
        this.flush = flush;
        this.minNormal = minNormal;
        this.minQuantum = Math.scalb(1.0, minExponent - mantissaBits);
        this.saturate = overflowValue == maxFinite;
        this.scale = scale;
        this.inverseScale = 1 / scale;
        this.minCode = minCode;
        this.maxCode = maxCode;
    }

    static Adder of(Accumulator accumulator) {
        return switch (accumulator) {
            case Accumulator.Float f -> of(f.format(), f.overflow());
            case Accumulator.Fixed q -> of(q.format());
        };
    }

    /** Rounding to a minifloat (round to nearest even) with the given overflow policy. */
    static Adder of(MiniFloat format, Overflow overflow) {
        double overflowValue = format.value(format.encode(Float.POSITIVE_INFINITY, Rounding.RNE, overflow, 0, 1));
        return new Adder(false, format.mantissaBits(), format.minNormalExponent(), format.maxFinite(), overflowValue,
                !format.producesSubnormals(), Math.scalb(1.0, format.minNormalExponent()), 1, 0, 0);
    }

    static Adder of(FixedPoint format) {
        return new Adder(true, 0, 0, format.maxFinite(), 0, false, 0, Math.scalb(1.0, format.fractionBits()),
                format.minCode(), format.maxCode());
    }

    /** R(acc + x): the rounded (minifloat) or converted-and-saturated (fixed point) sum. */
    double add(double acc, double x) {
        if (fixed) {
            return Math.min(maxCode, Math.max(minCode, acc * scale + toCode(x))) * inverseScale;
        }
        double s = acc + x;
        double err = twoSumError(acc, x, s);
        return round(s, err);
    }

    /** Fixed point only: clamp(acc + x) for x already on the grid, x not saturated first (an exact tree's wide sum). */
    double addOnGrid(double acc, double x) {
        return Math.min(maxCode, Math.max(minCode, acc * scale + x * scale)) * inverseScale;
    }

    /** The converter in front of a fixed-point adder: x x 2^n rounded to nearest even, saturated; NaN gives 0. */
    double toCode(double x) {
        if (Double.isNaN(x)) {
            return 0;
        }
        double code = Math.rint(Math.max(-0x1p50, Math.min(0x1p50, x * scale)));
        return Math.min(maxCode, Math.max(minCode, code));
    }

    /** x rounded to the minifloat (x exact). */
    double round(double x) {
        return round(x, 0);
    }

    /**
     * The rounding of s + err to the minifloat, for |err| <= half an ulp of s (double): s rounded to
     * nearest even at the format's quantum, a tie broken by err's sign; then overflow and flush.
     */
    double round(double s, double err) {
        if (!Double.isFinite(s)) {
            return s;
        }
        if (s == 0) {
            return 0.0;
        }
        int exponent = Math.max(Math.getExponent(s), minExponent);
        double quantum = Math.scalb(1.0, exponent - mantissaBits);
        double scaled = s / quantum;
        double rounded = Math.rint(scaled);
        double above = scaled - rounded;
        if (above == 0.5 && err > 0) {
            rounded += 1;
        } else if (above == -0.5 && err < 0) {
            rounded -= 1;
        }
        double v = rounded * quantum;
        if (Math.abs(v) > maxFinite) {
            return Math.copySign(overflowValue, s);
        }
        if (flush && Math.abs(v) < minNormal) {
            return 0.0;
        }
        return v + 0.0;
    }

    /** The exact error of s = fl(a + b) (Knuth's TwoSum). */
    static double twoSumError(double a, double b, double s) {
        double bb = s - a;
        return (a - (s - bb)) + (b - bb);
    }
}

package dev.accelbench.kernels.numeric;

/**
 * A minifloat ExMy: sign, E exponent bits, M mantissa bits, a bias, a special-value
 * {@link Encoding}, and optionally one of the MAC talk's multiplier configurations CFG-1..CFG-6.
 *
 * <h2>Values</h2>
 * A code with exponent field e and mantissa field m is (-1)^s (1 + m/2^M) 2^(e - bias) for e > 0,
 * and the subnormal (-1)^s (m/2^M) 2^(1 - bias) for e = 0. Worked values: OCP E4M3 (FN, bias 7)
 * has max 1.75 x 2^8 = 448 and smallest subnormal 2^-9; OCP E5M2 (IEEE, bias 15) max 1.75 x 2^15
 * = 57,344; E4M3FNUZ (bias 8) max 240; FP4 E2M1 (FINITE, bias 1) is 0, 0.5, 1, 1.5, 2, 3, 4, 6.
 * The MX scale type E8M0 is unsigned, without zero or subnormals: 2^(e - 127) for e = 0..254, and
 * 0xFF is NaN.
 *
 * <h2>Multiplier configurations (the MAC talk's CFG-1..CFG-6, on the IEEE encoding)</h2>
 * They remove support step by step, and here each keeps what the previous one removed:
 * <ul>
 * <li>CFG-1: conventional IEEE (NaN/Inf, subnormals, rounding).
 * <li>CFG-2: no subnormal outputs: a result that rounds to a subnormal is flushed to zero (sign
 *     kept). Encoding (producing outputs) flushes; decoding (reading inputs) still reads
 *     subnormals.
 * <li>CFG-3: CFG-2 without output rounding. That is a property of the multiplier (the exact
 *     product is kept in a wider format, see {@link #exactProductFormat()}); converting into a
 *     CFG-3 format still has to round, and still flushes: our choice for the question the talk
 *     leaves open is that CFG-2's flush carries over to CFG-3..CFG-6.
 * <li>CFG-4: no NaN: the top exponent holds normal values, only its all-ones mantissa is Inf
 *     (E5M2: 65,536, 81,920, 98,304, Inf). NaN input becomes Inf with the NaN's sign bit.
 * <li>CFG-5: CFG-4, and exponent-field-0 inputs are read as normals with the field taken
 *     literally, 1.m x 2^(0 - bias) (E5M2: 0, 1.25 x 2^-15, 1.5 x 2^-15, 1.75 x 2^-15).
 * <li>CFG-6: CFG-4, and exponent-field-0 inputs are read as zero.
 * </ul>
 * CFG-5 and CFG-6 change only decoding; since outputs are flushed, encoding never produces a
 * nonzero code with exponent field 0.
 *
 * <h2>Conversion from float32</h2>
 * Exact: the value is rounded in integer arithmetic on its 24-bit significand as if the exponent
 * range were unbounded above, then overflow is applied (see {@link Overflow}). NaN input gives the
 * format's NaN (IEEE: quiet NaN with the input's sign; FN: S.1..1 with the input's sign; FNUZ: the
 * single NaN 0x80...), Inf with CFG-4..6, and +0 in FINITE formats, which have no NaN (the OCP MX
 * specification leaves this to the implementation; inside an MX block the NaN goes to the scale).
 * Inf input gives Inf where the format has it, else NaN (FN, FNUZ) or the largest finite (FINITE),
 * and always the largest finite under {@link Overflow#SATURATE}. FNUZ has no negative zero: -0 and
 * negative values that round to zero give +0. E8M0 gives NaN for zero, negative and NaN inputs.
 */
public final class MiniFloat implements ScalarFormat {

    private final String name;
    private final int exponentBits;
    private final int mantissaBits;
    private final int bias;
    private final Encoding encoding;
    private final int cfg;
    private final boolean signed;
    private final boolean subnormals;

    private final int topExponent;
    private final int mantissaMask;
    private final int signBit;
    /** Unbiased exponent of the smallest normal binade. */
    private final int eminNormal;
    private final int maxExponentField;
    private final int maxMantissa;

    MiniFloat(String name, int exponentBits, int mantissaBits, int bias, Encoding encoding, int cfg, boolean signed,
              boolean subnormals) {
        this.name = name;
        this.exponentBits = exponentBits;
        this.mantissaBits = mantissaBits;
        this.bias = bias;
        this.encoding = encoding;
        this.cfg = cfg;
        this.signed = signed;
        this.subnormals = subnormals;
        this.topExponent = (1 << exponentBits) - 1;
        this.mantissaMask = (1 << mantissaBits) - 1;
        this.signBit = signed ? 1 << (exponentBits + mantissaBits) : 0;
        this.eminNormal = subnormals ? 1 - bias : -bias;
        boolean topBinadeHasNumbers = switch (encoding) {
            case IEEE -> cfg >= 4;
            case FN, FNUZ, FINITE -> true;
        };
        boolean allOnesIsSpecial = encoding == Encoding.FN || encoding == Encoding.IEEE;
        if (!topBinadeHasNumbers) {
            maxExponentField = topExponent - 1;
            maxMantissa = mantissaMask;
        } else if (allOnesIsSpecial && mantissaBits == 0) {
            maxExponentField = topExponent - 1;
            maxMantissa = 0;
        } else {
            maxExponentField = topExponent;
            maxMantissa = allOnesIsSpecial ? mantissaMask - 1 : mantissaMask;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int bits() {
        return (signed ? 1 : 0) + exponentBits + mantissaBits;
    }

    public int exponentBits() {
        return exponentBits;
    }

    public int mantissaBits() {
        return mantissaBits;
    }

    public int bias() {
        return bias;
    }

    public Encoding encoding() {
        return encoding;
    }

    /** The multiplier configuration 1..6, or 0 for none. */
    public int cfg() {
        return cfg;
    }

    public boolean signed() {
        return signed;
    }

    /** Whether results that round to a subnormal are kept (not flushed to zero). */
    public boolean producesSubnormals() {
        return subnormals && cfg < 2;
    }

    @Override
    public boolean hasNaN() {
        return switch (encoding) {
            case IEEE -> cfg < 4;
            case FN, FNUZ -> true;
            case FINITE -> false;
        };
    }

    @Override
    public boolean hasInfinity() {
        return encoding == Encoding.IEEE;
    }

    @Override
    public double maxFinite() {
        return value(maxExponentField << mantissaBits | maxMantissa);
    }

    /** The smallest positive value that encoding can produce. */
    public double minPositive() {
        return producesSubnormals() ? Math.scalb(1.0, eminNormal - mantissaBits) : Math.scalb(1.0, eminNormal);
    }

    /** The smallest positive value any code decodes to (the smallest subnormal, read as IEEE does). */
    double minPositiveValue() {
        return subnormals ? Math.scalb(1.0, eminNormal - mantissaBits) : Math.scalb(1.0, eminNormal);
    }

    /** Unbiased exponent of the smallest normal binade: 1 - bias, or -bias without subnormals (E8M0). */
    public int minNormalExponent() {
        return eminNormal;
    }

    /**
     * The format that holds the product of two finite values of this format exactly (the MAC talk):
     * E(x+1)M(2y+1), IEEE with its default bias (E4M2 -> E5M5, E5M2 -> E6M5, E6M3 -> E7M7), when
     * that fits the limits of {@link FormatNames} (E <= 8, M <= 23). Products of CFG-4's extended
     * top binade can exceed its range.
     */
    public MiniFloat exactProductFormat() {
        return FormatNames.miniFloat(exponentBits + 1, 2 * mantissaBits + 1, (1 << exponentBits) - 1, Encoding.IEEE, 0);
    }

    // ---- encoding ------------------------------------------------------------------------------

    @Override
    public int encode(float x, Rounding rounding, Overflow overflow, int random, int randomBits) {
        if (rounding == Rounding.HYSTERESIS) {
            throw new IllegalArgumentException("hysteresis needs the previous value: use Conversion");
        }
        int bits = Float.floatToRawIntBits(x);
        boolean negative = bits < 0;
        if (Float.isNaN(x)) {
            return nanInputCode(negative);
        }
        if (!signed && (negative || x == 0)) {
            return nanCode(false);
        }
        if (Float.isInfinite(x)) {
            return overflow == Overflow.SATURATE ? maxCode(negative) : infinityOrFallback(negative);
        }
        if (x == 0) {
            return zeroCode(negative);
        }
        int biased = (bits >>> 23) & 0xFF;
        int fraction = bits & 0x7FFFFF;
        int exponent;
        long significand;
        if (biased == 0) {
            int shift = Integer.numberOfLeadingZeros(fraction) - 8;
            significand = (long) fraction << shift;
            exponent = -126 - shift;
        } else {
            significand = fraction | 0x800000;
            exponent = biased - 127;
        }
        // Quantum exponent: the weight of the last kept bit. Below the normal range it is fixed:
        // the subnormal step, or (without subnormals) the smallest normal itself.
        boolean tiny = exponent < eminNormal;
        int quantumExponent = tiny && !subnormals ? eminNormal : Math.max(exponent, eminNormal) - mantissaBits;
        int shift = quantumExponent - (exponent - 23);
        long kept;
        int halfComparison;
        boolean inexact;
        long topRandomBits;
        if (shift <= 0) {
            kept = significand << -shift;
            halfComparison = -1;
            inexact = false;
            topRandomBits = 0;
        } else if (shift <= 40) {
            kept = significand >>> shift;
            long rest = significand & ((1L << shift) - 1);
            halfComparison = Long.compare(rest, 1L << (shift - 1));
            inexact = rest != 0;
            topRandomBits = shift >= randomBits ? rest >>> (shift - randomBits) : rest << (randomBits - shift);
        } else {
            kept = 0;
            halfComparison = -1;
            inexact = true;
            topRandomBits = shift - randomBits >= 63 ? 0 : significand >>> (shift - randomBits);
        }
        if (awayFromZero(rounding, negative, halfComparison, inexact, (kept & 1) != 0, topRandomBits, random,
                randomBits)) {
            kept++;
        }
        if (tiny && !subnormals) {
            return kept == 0 && hasZero() ? zeroCode(negative) : sign(negative) | (eminNormal + bias) << mantissaBits;
        }
        int exponentOfKept = Math.max(exponent, eminNormal);
        if (kept == 1L << (mantissaBits + 1)) {
            kept >>>= 1;
            exponentOfKept++;
        }
        if (kept == 0) {
            return zeroCode(negative);
        }
        if (kept < 1L << mantissaBits) {
            return cfg >= 2 ? zeroCode(negative) : sign(negative) | (int) kept;
        }
        long exponentField = (long) exponentOfKept + bias;
        int mantissa = (int) kept & mantissaMask;
        if (exponentField > maxExponentField || exponentField == maxExponentField && mantissa > maxMantissa) {
            return overflowCode(negative, rounding, overflow);
        }
        return sign(negative) | (int) exponentField << mantissaBits | mantissa;
    }

    /** Whether to move the kept magnitude one step away from zero. */
    static boolean awayFromZero(Rounding rounding, boolean negative, int halfComparison, boolean inexact,
                                boolean keptIsOdd, long topRandomBits, int random, int randomBits) {
        if (!inexact) {
            return false;
        }
        return switch (rounding) {
            case RNE -> halfComparison > 0 || halfComparison == 0 && keptIsOdd;
            case RNA -> halfComparison >= 0;
            case RTZ -> false;
            case UP -> !negative;
            case DOWN -> negative;
            case STOCHASTIC -> topRandomBits + random >= 1L << randomBits;
            case HYSTERESIS -> throw new IllegalArgumentException("hysteresis is resolved by Conversion");
        };
    }

    private boolean hasZero() {
        return signed;
    }

    private int sign(boolean negative) {
        return negative ? signBit : 0;
    }

    private int zeroCode(boolean negative) {
        return encoding == Encoding.FNUZ ? 0 : sign(negative);
    }

    private int maxCode(boolean negative) {
        return sign(negative) | maxExponentField << mantissaBits | maxMantissa;
    }

    private int infinityCode(boolean negative) {
        return sign(negative) | topExponent << mantissaBits | (cfg >= 4 ? mantissaMask : 0);
    }

    private int nanCode(boolean negative) {
        return switch (encoding) {
            case IEEE -> sign(negative) | topExponent << mantissaBits | 1 << (mantissaBits - 1);
            case FN -> sign(negative) | topExponent << mantissaBits | mantissaMask;
            case FNUZ -> signBit;
            case FINITE -> throw new IllegalStateException(name + " has no NaN");
        };
    }

    private int nanInputCode(boolean negative) {
        if (hasNaN()) {
            return nanCode(negative);
        }
        return hasInfinity() ? infinityCode(negative) : 0;
    }

    private int infinityOrFallback(boolean negative) {
        if (hasInfinity()) {
            return infinityCode(negative);
        }
        return hasNaN() ? nanCode(negative) : maxCode(negative);
    }

    private int overflowCode(boolean negative, Rounding rounding, Overflow overflow) {
        boolean beyond = overflow == Overflow.INF && switch (rounding) {
            case RTZ -> false;
            case UP -> !negative;
            case DOWN -> negative;
            default -> true;
        };
        return beyond ? infinityOrFallback(negative) : maxCode(negative);
    }

    // ---- decoding ------------------------------------------------------------------------------

    /** Whether the code is a NaN of this format. */
    public boolean isNaN(int code) {
        int exponentField = (code >>> mantissaBits) & topExponent;
        int mantissa = code & mantissaMask;
        return switch (encoding) {
            case IEEE -> cfg < 4 && exponentField == topExponent && mantissa != 0;
            case FN -> exponentField == topExponent && mantissa == mantissaMask;
            case FNUZ -> code == signBit;
            case FINITE -> false;
        };
    }

    /** Whether the code is an infinity of this format. */
    public boolean isInfinite(int code) {
        int exponentField = (code >>> mantissaBits) & topExponent;
        int mantissa = code & mantissaMask;
        return encoding == Encoding.IEEE && exponentField == topExponent
                && mantissa == (cfg >= 4 ? mantissaMask : 0);
    }

    @Override
    public double value(int code) {
        boolean negative = (code & signBit) != 0;
        if (isNaN(code)) {
            return negative && encoding != Encoding.FNUZ ? -Double.NaN : Double.NaN;
        }
        if (isInfinite(code)) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        int exponentField = (code >>> mantissaBits) & topExponent;
        int mantissa = code & mantissaMask;
        double magnitude;
        if (exponentField == 0 && subnormals && (cfg < 5 || mantissa == 0)) {
            magnitude = Math.scalb((double) mantissa, eminNormal - mantissaBits);
        } else if (exponentField == 0 && cfg == 6) {
            magnitude = 0;
        } else {
            magnitude = Math.scalb((double) ((1 << mantissaBits) + mantissa), exponentField - bias - mantissaBits);
        }
        return negative ? -magnitude : magnitude;
    }

    @Override
    public float decode(int code) {
        double v = value(code);
        if (Double.isNaN(v)) {
            // Canonical quiet NaN, with the sign where the format's NaN has one.
            return Float.intBitsToFloat((code & signBit) != 0 && encoding != Encoding.FNUZ ? 0xFFC00000 : 0x7FC00000);
        }
        return (float) v;
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MiniFloat f && f.exponentBits == exponentBits && f.mantissaBits == mantissaBits
                && f.bias == bias && f.encoding == encoding && f.cfg == cfg && f.signed == signed
                && f.subnormals == subnormals;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(exponentBits, mantissaBits, bias, encoding, cfg, signed, subnormals);
    }
}

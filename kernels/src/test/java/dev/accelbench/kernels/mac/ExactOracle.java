package dev.accelbench.kernels.mac;

import dev.accelbench.kernels.numeric.FixedPoint;
import dev.accelbench.kernels.numeric.MiniFloat;
import java.math.BigInteger;

/**
 * The slowest, plainest emulation: every value an exact integer multiple of 2^-1200 (BigInteger),
 * sums exact, rounding by shifting and comparing the remainder with half. Written from the format
 * definitions alone, sharing nothing with {@link Adder} but the formats' parameters.
 */
final class ExactOracle {

    static final int SHIFT = 1200;

    private ExactOracle() {
    }

    static BigInteger exact(double v) {
        if (v == 0) {
            return BigInteger.ZERO;
        }
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long significand = biased == 0 ? (bits & 0xFFFFFFFFFFFFFL) << 1 : (bits & 0xFFFFFFFFFFFFFL) | (1L << 52);
        int exponent = Math.max(biased, 1) - 1023 - 52;
        BigInteger magnitude = BigInteger.valueOf(significand).shiftLeft(exponent + SHIFT);
        return v < 0 ? magnitude.negate() : magnitude;
    }

    static double value(BigInteger x) {
        // Exact for the values produced here (at most 53 significant bits).
        return new java.math.BigDecimal(x).divide(new java.math.BigDecimal(BigInteger.ONE.shiftLeft(SHIFT))).doubleValue();
    }

    /** x rounded to nearest even at multiples of 2^q (q relative to the 2^-1200 unit). */
    static BigInteger roundToMultiple(BigInteger x, int q) {
        BigInteger magnitude = x.abs();
        BigInteger kept = magnitude.shiftRight(q);
        BigInteger rest = magnitude.subtract(kept.shiftLeft(q));
        int cmp = q == 0 ? -1 : rest.compareTo(BigInteger.ONE.shiftLeft(q - 1));
        if (cmp > 0 || cmp == 0 && kept.testBit(0)) {
            kept = kept.add(BigInteger.ONE);
        }
        BigInteger rounded = kept.shiftLeft(q);
        return x.signum() < 0 ? rounded.negate() : rounded;
    }

    /** The exact x rounded to a minifloat (IEEE overflow: the format's value for +-Inf beyond max), as a double. */
    static double roundMiniFloat(BigInteger x, MiniFloat format, double overflowValue) {
        if (x.signum() == 0) {
            return 0;
        }
        int exponent = x.abs().bitLength() - 1 - SHIFT;
        int quantumExponent = Math.max(exponent, format.minNormalExponent()) - format.mantissaBits();
        BigInteger rounded = roundToMultiple(x, quantumExponent + SHIFT);
        double v = value(rounded);
        if (Math.abs(v) > format.maxFinite()) {
            return x.signum() < 0 ? -overflowValue : overflowValue;
        }
        if (!format.producesSubnormals() && Math.abs(v) < Math.scalb(1.0, format.minNormalExponent())) {
            return 0;
        }
        return v;
    }

    /** x converted to Qm.n (nearest even, saturating), as a BigInteger in 2^-1200 units. */
    static BigInteger toFixed(BigInteger x, FixedPoint format) {
        BigInteger rounded = roundToMultiple(x, SHIFT - format.fractionBits());
        BigInteger max = BigInteger.valueOf(format.maxCode()).shiftLeft(SHIFT - format.fractionBits());
        BigInteger min = BigInteger.valueOf(format.minCode()).shiftLeft(SHIFT - format.fractionBits());
        return rounded.max(min).min(max);
    }

    /**
     * Sequential MAC of already-rounded inputs into a minifloat (product exact or rounded) or fixed
     * accumulator. Once the sum is infinite (or a product is), IEEE arithmetic on infinities takes
     * over: Inf + finite = Inf, Inf - Inf = NaN.
     */
    static double sequentialDot(double[] x, double[] y, MiniFloat product, Accumulator accumulator) {
        BigInteger acc = BigInteger.ZERO;
        double special = 0; // an infinite or NaN state, once reached
        for (int p = 0; p < x.length; p++) {
            double exactProduct = x[p] * y[p]; // the double product of two float32 values is exact
            double productValue = product == null || !Double.isFinite(exactProduct) ? exactProduct
                    : roundMiniFloat(exact(exactProduct), product, Double.POSITIVE_INFINITY);
            if (accumulator instanceof Accumulator.Fixed) {
                // The converter in front of a fixed-point adder: NaN reads as 0, an infinity saturates.
                productValue = Double.isNaN(productValue) ? 0 : Math.max(-0x1p900, Math.min(0x1p900, productValue));
            }
            if (special != 0 || !Double.isFinite(productValue)) {
                special = special != 0 ? special + productValue : productValue;
                continue;
            }
            BigInteger prod = exact(productValue);
            switch (accumulator) {
                case Accumulator.Float f -> {
                    double overflow = f.format().hasInfinity() ? Double.POSITIVE_INFINITY : f.format().maxFinite();
                    double v = roundMiniFloat(acc.add(prod), f.format(), overflow);
                    if (Double.isInfinite(v)) {
                        special = v;
                    } else {
                        acc = exact(v);
                    }
                }
                case Accumulator.Fixed q -> acc = toFixed(acc.add(toFixed(prod, q.format())), q.format());
            }
        }
        return special != 0 ? special : value(acc);
    }
}

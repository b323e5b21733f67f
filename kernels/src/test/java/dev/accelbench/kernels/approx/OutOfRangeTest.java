package dev.accelbench.kernels.approx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What each variant returns outside its valid range, as its documentation says, scalar and vector alike. */
class OutOfRangeTest {

    /** The scalar result and the vector path's (the value placed among in-range neighbours). */
    private static float[] both(UnaryApprox v, float x) {
        float[] in = new float[37];
        java.util.Arrays.fill(in, (float) ((v.lo() + v.hi()) / 2));
        in[5] = x;
        float[] out = new float[37];
        v.apply(in, 0, out, 0, in.length);
        return new float[] {v.apply(x), out[5]};
    }

    private static void expect(UnaryApprox v, float x, float expected) {
        for (float y : both(v, x)) {
            assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(y),
                    () -> v.key() + "(" + x + ") = " + y + ", documented " + expected);
        }
    }

    static Stream<UnaryApprox> expVariants() {
        List<UnaryApprox> out = new ArrayList<>(Approximations.variants(Op.EXP));
        out.removeIf(v -> v == ExpVariant.MATH || v == ExpVariant.VECTOR);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expVariants")
    void expFlushesBelowAndOverflowsAbove(UnaryApprox v) {
        for (float x : new float[] {-87.7f, -100f, -1e30f, Float.NEGATIVE_INFINITY}) {
            expect(v, x, 0f);
        }
        // just outside the range: 0 or Inf, or for the polynomials (which clamp instead of testing)
        // still the approximation until the rounded exponent leaves the float range
        for (float y : both(v, Math.nextDown(ExpVariant.LO))) {
            assertTrue(y >= 0 && y <= 1.01f * Float.MIN_NORMAL, v.key() + " just below the range: " + y);
        }
        for (float y : both(v, Math.nextUp(ExpVariant.HI))) {
            assertTrue(y == Float.POSITIVE_INFINITY || Math.abs(y / Math.exp(Math.nextUp(ExpVariant.HI)) - 1) <= v.bound().value(),
                    v.key() + " just above the range: " + y);
        }
        for (float x : new float[] {88.4f, 88.7f, 1e30f, Float.POSITIVE_INFINITY}) {
            expect(v, x, Float.POSITIVE_INFINITY);
        }
        boolean nanGivesZero = v == ExpVariant.MITCHELL || v == ExpVariant.SCHRAUDOLPH || v == ExpVariant.SLIDE
                || v == ExpVariant.INTEGER || v.label().startsWith("table-nearest");
        assertTrue(v.outside().contains(nanGivesZero ? "NaN: 0" : "NaN: NaN"), v.outside());
        for (float y : both(v, Float.NaN)) {
            assertTrue(nanGivesZero ? y == 0f : Float.isNaN(y), v.key() + "(NaN) = " + y);
        }
    }

    @Test
    void expBaselinesFollowIeee() {
        expect(ExpVariant.MATH, -104f, 0f);
        expect(ExpVariant.MATH, 89f, Float.POSITIVE_INFINITY);
        assertTrue(Float.isNaN(ExpVariant.VECTOR.apply(Float.NaN)));
    }

    @ParameterizedTest
    @MethodSource("reciprocals")
    void reciprocalGivesIeeeOutsideItsRange(Reciprocal v) {
        expect(v, 0f, Float.POSITIVE_INFINITY);
        expect(v, -0f, Float.NEGATIVE_INFINITY);
        expect(v, Float.POSITIVE_INFINITY, 0f);
        expect(v, Float.NEGATIVE_INFINITY, -0f);
        expect(v, Float.MIN_VALUE, 1f / Float.MIN_VALUE);
        expect(v, 0x1p126f, 0x1p-126f);
        for (float y : both(v, Float.NaN)) {
            assertTrue(Float.isNaN(y));
        }
        for (float x : new float[] {0.75f, 3f, 1.2345e-20f, 6.5e30f}) {
            assertEquals(-v.apply(x), v.apply(-x), v.key() + ": the sign passes through");
            assertEquals(-both(v, x)[1], both(v, -x)[1], v.key() + ": the sign passes through (vector)");
        }
    }

    static Stream<Reciprocal> reciprocals() {
        return Stream.of(Reciprocal.values());
    }

    @ParameterizedTest
    @MethodSource("rsqrts")
    void rsqrtGivesIeeeOutsideItsRange(Rsqrt v) {
        expect(v, 0f, Float.POSITIVE_INFINITY);
        expect(v, -0f, Float.NEGATIVE_INFINITY);
        expect(v, Float.POSITIVE_INFINITY, 0f);
        for (float x : new float[] {-1f, -1e-30f, Float.NEGATIVE_INFINITY, Float.NaN, -Float.MIN_VALUE}) {
            for (float y : both(v, x)) {
                assertTrue(Float.isNaN(y), v.key() + "(" + x + ") = " + y + ", documented NaN");
            }
        }
        // subnormals: the true value, not the magic constant's wrong one
        float sub = 0x1p-140f;
        for (float y : both(v, sub)) {
            assertEquals(0x1p70, y, 0x1p70 * 1e-6, v.key() + " on a subnormal");
        }
    }

    static Stream<Rsqrt> rsqrts() {
        return Stream.of(Rsqrt.values());
    }

    @Test
    void tablesClampAtTheirEnds() {
        Sine sine = Sine.table(64, Interpolation.LINEAR);
        assertEquals(sine.apply(0f), sine.apply(-3f));
        assertEquals(sine.apply((float) (2 * Math.PI)), sine.apply(100f));
        Lut lut = new Lut(x -> 2 * x + 1, 0, 1, 64, Interpolation.LINEAR);
        assertEquals(1f, lut.apply(-5f));
        assertEquals(3f, lut.apply(5f));
        assertEquals(1f, lut.apply(Float.NaN));
    }

    @Test
    void geluAndSiluAtInfinities() {
        for (Gelu g : Gelu.values()) {
            expect(g, Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY);
            assertTrue(Float.isNaN(g.apply(Float.NaN)));
        }
        Silu silu = new Silu(ExpVariant.POLY3);
        expect(silu, Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY);
        expect(silu, -200f, -0f);
        expect(silu, 200f, 200f);
    }
}

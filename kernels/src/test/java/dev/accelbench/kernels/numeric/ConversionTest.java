package dev.accelbench.kernels.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Properties of every deterministic conversion, and the stochastic and hysteresis modes. */
class ConversionTest {

    static final String[] FORMATS = {"fp32", "tf32", "bf16", "fp16", "e4m3", "e5m2", "e4m3fnuz", "e3m2", "e2m1", "e8m0",
            "e6m5", "e5m2-cfg5", "q8.8", "q8.13", "q16.16", "q1.31"};

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of(FORMATS);
    }

    @Provide
    Arbitrary<Rounding> deterministic() {
        return Arbitraries.of(Rounding.RNE, Rounding.RTZ, Rounding.RNA, Rounding.UP, Rounding.DOWN);
    }

    @Provide
    Arbitrary<Float> finite() {
        return Arbitraries.oneOf(Arbitraries.floats().between(-1e6f, 1e6f),
                Arbitraries.integers().map(Float::intBitsToFloat).filter(Float::isFinite));
    }

    @Property(tries = 2000)
    void monotone(@ForAll("formats") String name, @ForAll("deterministic") Rounding r, @ForAll("finite") float a,
                  @ForAll("finite") float b) {
        Conversion c = Conversion.of(FormatNames.parse(name), r, Overflow.SATURATE);
        float lo = Math.min(a, b);
        float hi = Math.max(a, b);
        float qlo = c.fakeQuantize(lo);
        float qhi = c.fakeQuantize(hi);
        if (!Float.isNaN(qlo) && !Float.isNaN(qhi)) {
            assertTrue(qlo <= qhi, name + " " + r + ": q(" + lo + ")=" + qlo + " > q(" + hi + ")=" + qhi);
        }
    }

    @Property(tries = 2000)
    void symmetricUnderNegation(@ForAll("formats") String name, @ForAll("finite") float x) {
        ScalarFormat f = FormatNames.parse(name);
        if (f instanceof MiniFloat m && !m.signed() || f instanceof FixedPoint) {
            return; // unsigned E8M0; two's complement is asymmetric at its ends and under RNE ties it is symmetric anyway
        }
        for (Rounding r : new Rounding[] {Rounding.RNE, Rounding.RTZ, Rounding.RNA}) {
            Conversion c = Conversion.of(f, r, Overflow.INF);
            float q = c.fakeQuantize(x);
            float qn = c.fakeQuantize(-x);
            if (!Float.isNaN(q) && q != 0) {
                assertEquals(-q, qn, name + " " + r + " x=" + x);
            }
        }
        assertEquals(Conversion.of(f, Rounding.UP, Overflow.INF).fakeQuantize(x),
                -Conversion.of(f, Rounding.DOWN, Overflow.INF).fakeQuantize(-x), 0f, name + " up/down mirror, x=" + x);
    }

    @Property(tries = 2000)
    void fakeQuantizeIsIdempotent(@ForAll("formats") String name, @ForAll("deterministic") Rounding r,
                                  @ForAll("finite") float x) {
        Conversion c = Conversion.of(FormatNames.parse(name), r, Overflow.SATURATE);
        float once = c.fakeQuantize(x);
        assertEquals(Float.floatToIntBits(once), Float.floatToIntBits(c.fakeQuantize(once)), name + " " + r + " x=" + x);
    }

    @Property(tries = 2000)
    void saturationStaysWithinTheLargestFinite(@ForAll("formats") String name, @ForAll("deterministic") Rounding r,
                                              @ForAll("finite") float x) {
        ScalarFormat f = FormatNames.parse(name);
        float q = Conversion.of(f, r, Overflow.SATURATE).fakeQuantize(x);
        assertTrue(Float.isNaN(q) || Math.abs((double) q) <= f.maxFinite() + 1, name + " x=" + x + " q=" + q);
    }

    @Property(tries = 1000)
    void roundingModesBracketTheValue(@ForAll("formats") String name, @ForAll("finite") float x) {
        ScalarFormat f = FormatNames.parse(name);
        float down = Conversion.of(f, Rounding.DOWN, Overflow.SATURATE).fakeQuantize(x);
        float up = Conversion.of(f, Rounding.UP, Overflow.SATURATE).fakeQuantize(x);
        float nearest = Conversion.of(f, Rounding.RNE, Overflow.SATURATE).fakeQuantize(x);
        if (Math.abs((double) x) < f.maxFinite() && !Float.isNaN(down) && !(f instanceof MiniFloat m && (m.cfg() >= 2
                || !m.signed()))) {
            assertTrue(down <= x && x <= up, name + ": " + down + " <= " + x + " <= " + up);
            assertTrue(nearest == down || nearest == up, name + " nearest " + nearest);
        }
    }

    @Test
    void stochasticRoundingIsUnbiasedAndUsesTheGivenBits() {
        ScalarFormat e4m3 = FormatNames.parse("e4m3");
        Conversion c = new Conversion(e4m3, Rounding.STOCHASTIC, Overflow.INF, 12345, 16);
        // 1.0 and 1.125 are neighbours in E4M3; 1.03 lies 24% of the way up.
        float x = 1.03f;
        int n = 200_000;
        double sum = 0;
        int up = 0;
        for (int i = 0; i < n; i++) {
            float q = c.fakeQuantize(x, i, Float.NaN);
            assertTrue(q == 1f || q == 1.125f);
            sum += q;
            up += q == 1.125f ? 1 : 0;
        }
        double p = (x - 1.0) / 0.125;
        // Binomial standard deviation sqrt(n p (1-p)) ~ 190; allow 5 sigma.
        assertEquals(p * n, up, 5 * Math.sqrt(n * p * (1 - p)));
        assertEquals(x, sum / n, 5 * 0.125 * Math.sqrt(p * (1 - p) / n));
        // Exactly representable values never move.
        assertEquals(1.125f, c.fakeQuantize(1.125f, 7, Float.NaN));
    }

    @Test
    void stochasticBitsDependOnlyOnSeedAndIndex() {
        Conversion c = new Conversion(FormatNames.parse("bf16"), Rounding.STOCHASTIC, Overflow.INF, 99, 8);
        float[] src = new float[1000];
        for (int i = 0; i < src.length; i++) {
            src[i] = 1 + i * 1e-4f;
        }
        float[] whole = new float[src.length];
        c.fakeQuantize(src, 0, whole, 0, src.length, 0);
        float[] split = new float[src.length];
        c.fakeQuantize(src, 0, split, 0, 333, 0);
        c.fakeQuantize(src, 333, split, 333, src.length - 333, 333);
        assertArrayEquals(whole, split);
        float[] otherSeed = new float[src.length];
        new Conversion(FormatNames.parse("bf16"), Rounding.STOCHASTIC, Overflow.INF, 100, 8)
                .fakeQuantize(src, 0, otherSeed, 0, src.length, 0);
        assertTrue(!java.util.Arrays.equals(whole, otherSeed));
    }

    @Test
    void hysteresisHoldsTheCodeWhileTheValueWandersInsideAStep() {
        Conversion c = Conversion.of(FormatNames.parse("e4m3"), Rounding.HYSTERESIS, Overflow.INF);
        float[] state = {Float.NaN};
        float[] path = {1.0f, 1.1f, 1.12f, 1.05f, 1.13f, 1.2f, 1.26f, 1.1f, 1.0f};
        float[] expected = {1.0f, 1.0f, 1.0f, 1.0f, 1.125f, 1.125f, 1.25f, 1.125f, 1.0f};
        for (int t = 0; t < path.length; t++) {
            c.fakeQuantize(new float[] {path[t]}, 0, state, 0, 1, t);
            assertEquals(expected[t], state[0], "step " + t + " value " + path[t]);
        }
    }
}

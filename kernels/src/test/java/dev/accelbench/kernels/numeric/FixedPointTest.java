package dev.accelbench.kernels.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FixedPointTest {

    static float convert(String format, float x, Rounding r) {
        return Conversion.of(FormatNames.parse(format), r, Overflow.INF).fakeQuantize(x);
    }

    @Test
    void rangeAndSaturation() {
        FixedPoint q88 = (FixedPoint) FormatNames.parse("q8.8");
        assertEquals(16, q88.bits());
        assertEquals(127.99609375, q88.maxFinite());
        assertEquals(127.99609375f, convert("q8.8", 1000f, Rounding.RNE));
        assertEquals(-128f, convert("q8.8", -1000f, Rounding.RNE));
        assertEquals(-128f, convert("q8.8", Float.NEGATIVE_INFINITY, Rounding.RNE));
        assertEquals(0f, convert("q8.8", Float.NaN, Rounding.RNE));
        assertEquals(0x7FFF, Conversion.rne(q88).encode(1e9f));
        assertEquals(0x8000, Conversion.rne(q88).encode(-1e9f));
    }

    @Test
    void roundingModesOnTiesAndNegatives() {
        float step = 0x1p-8f;
        // 2.5 steps and -2.5 steps
        assertEquals(2 * step, convert("q8.8", 2.5f * step, Rounding.RNE));
        assertEquals(-2 * step, convert("q8.8", -2.5f * step, Rounding.RNE));
        assertEquals(3 * step, convert("q8.8", 2.5f * step, Rounding.RNA));
        assertEquals(-3 * step, convert("q8.8", -2.5f * step, Rounding.RNA));
        assertEquals(-2 * step, convert("q8.8", -2.5f * step, Rounding.RTZ));
        assertEquals(-2 * step, convert("q8.8", -2.5f * step, Rounding.UP));
        assertEquals(-3 * step, convert("q8.8", -2.5f * step, Rounding.DOWN));
        assertEquals(3 * step, convert("q8.8", 2.25f * step, Rounding.UP));
        assertEquals(-4 * step, convert("q8.8", -3.5f * step, Rounding.RNE), "-3.5 steps tie to the even -4");
    }

    @Test
    void widestFormats() {
        assertEquals(1.5f, convert("q32.0", 1.5f, Rounding.RTZ) + 0.5f);
        assertEquals(0.25f, convert("q1.31", 0.25f, Rounding.RNE));
        assertEquals(-1f, convert("q1.31", -1f, Rounding.RNE));
    }
}

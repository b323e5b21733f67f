package dev.accelbench.kernels.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Values from the OCP FP8 and MX specifications, IEEE 754 and the MAC talk, one by one. */
class WorkedValuesTest {

    static float rne(String format, float x) {
        return Conversion.rne(FormatNames.parse(format)).fakeQuantize(x);
    }

    static float convert(String format, float x, Rounding r, Overflow o) {
        return Conversion.of(FormatNames.parse(format), r, o).fakeQuantize(x);
    }

    @Test
    void ocpE4m3() {
        MiniFloat e4m3 = (MiniFloat) FormatNames.parse("e4m3");
        assertEquals(448.0, e4m3.maxFinite());
        assertEquals(0x1p-9, e4m3.decode(0x01));
        assertTrue(e4m3.isNaN(0x7F) && e4m3.isNaN(0xFF) && !e4m3.isNaN(0x7E));
        assertEquals(448f, rne("e4m3", 450f));
        assertEquals(448f, rne("e4m3", 464f), "a tie rounds to the even 448");
        assertTrue(Float.isNaN(rne("e4m3", 464.5f)), "beyond the tie overflows; FN has no Inf");
        assertEquals(448f, convert("e4m3", 1e6f, Rounding.RNE, Overflow.SATURATE));
        assertEquals(448f, convert("e4m3", 1e6f, Rounding.RTZ, Overflow.INF), "toward zero never overflows");
        assertEquals(-448f, convert("e4m3", -1e6f, Rounding.UP, Overflow.INF));
        assertTrue(Float.isNaN(convert("e4m3", -1e6f, Rounding.DOWN, Overflow.INF)));
    }

    @Test
    void ocpE5m2AndIeeeOverflow() {
        assertEquals(57344.0, FormatNames.parse("e5m2").maxFinite());
        assertEquals(57344f, rne("e5m2", 61439f));
        assertEquals(Float.POSITIVE_INFINITY, rne("e5m2", 61440f), "the tie goes to the even 2^16, which overflows");
        assertEquals(65504f, rne("fp16", 65519f));
        assertEquals(Float.POSITIVE_INFINITY, rne("fp16", 65520f));
        assertEquals(Float.NEGATIVE_INFINITY, rne("fp16", Float.NEGATIVE_INFINITY));
        assertEquals(0x1p-24f, rne("fp16", 0x1p-24f));
        assertEquals(0f, rne("fp16", 0x1p-26f));
        assertEquals(0x1p-24f, convert("fp16", 0x1p-40f, Rounding.UP, Overflow.INF));
    }

    @Test
    void fnuzAndFiniteTypes() {
        assertEquals(240.0, FormatNames.parse("e4m3fnuz").maxFinite());
        assertEquals(57344.0, FormatNames.parse("e5m2fnuz").maxFinite());
        assertEquals(28.0, FormatNames.parse("e3m2").maxFinite());
        assertEquals(7.5, FormatNames.parse("e2m3").maxFinite());
        MiniFloat e2m1 = (MiniFloat) FormatNames.parse("e2m1");
        float[] expected = {0f, 0.5f, 1f, 1.5f, 2f, 3f, 4f, 6f};
        for (int code = 0; code < 8; code++) {
            assertEquals(expected[code], e2m1.decode(code));
            assertEquals(-expected[code], e2m1.decode(code | 8));
        }
        assertEquals(6f, rne("e2m1", 100f), "FINITE saturates");
        assertEquals(0, Float.floatToRawIntBits(rne("e4m3fnuz", -0f)), "FNUZ has no negative zero");
        assertEquals(0, Float.floatToRawIntBits(rne("e4m3fnuz", -1e-10f)));
        assertEquals(0x7FC00000, Float.floatToRawIntBits(rne("e4m3fnuz", Float.intBitsToFloat(0xFFC00000))));
        assertEquals(0f, rne("e2m1", Float.NaN), "FINITE formats map NaN to +0");
    }

    @Test
    void nanIsCanonicalWithItsSign() {
        assertEquals(0x7FC00000, Float.floatToRawIntBits(rne("e5m2", Float.NaN)));
        assertEquals(0xFFC00000, Float.floatToRawIntBits(rne("e5m2", Float.intBitsToFloat(0xFF800001))));
        assertEquals(0xFFC00000, Float.floatToRawIntBits(rne("e4m3", Float.intBitsToFloat(0xFFC00000))));
    }

    @Test
    void e8m0ScaleType() {
        MiniFloat e8m0 = (MiniFloat) FormatNames.parse("e8m0");
        assertEquals(8, e8m0.bits());
        assertEquals(127, Conversion.rne(e8m0).encode(1f));
        assertEquals(0x1p-127f, e8m0.decode(0));
        assertEquals(0x1p127f, e8m0.decode(254));
        assertTrue(e8m0.isNaN(0xFF));
        assertEquals(2f, rne("e8m0", 1.5f), "ties go to the even significand, the next power");
        assertEquals(1f, rne("e8m0", 1.49f));
        assertTrue(Float.isNaN(rne("e8m0", 0f)));
        assertTrue(Float.isNaN(rne("e8m0", -4f)));
    }

    @Test
    void talkMultiplierConfigurations() {
        // CFG-4: the top binade of E5M2 holds 65,536, 81,920, 98,304 and Inf.
        MiniFloat cfg4 = (MiniFloat) FormatNames.parse("e5m2-cfg4");
        assertEquals(65536f, cfg4.decode(0x7C));
        assertEquals(81920f, cfg4.decode(0x7D));
        assertEquals(98304f, cfg4.decode(0x7E));
        assertEquals(Float.POSITIVE_INFINITY, cfg4.decode(0x7F));
        assertEquals(98304.0, cfg4.maxFinite());
        assertEquals(Float.POSITIVE_INFINITY, rne("e5m2-cfg4", Float.NaN), "CFG-4 has no NaN");
        // CFG-5 reads exponent-field-0 inputs as 1.m x 2^-15; CFG-6 as zero.
        MiniFloat cfg5 = (MiniFloat) FormatNames.parse("e5m2-cfg5");
        assertEquals(0f, cfg5.decode(0x00));
        assertEquals(1.25f * 0x1p-15f, cfg5.decode(0x01));
        assertEquals(1.5f * 0x1p-15f, cfg5.decode(0x02));
        assertEquals(1.75f * 0x1p-15f, cfg5.decode(0x03));
        assertEquals(0f, FormatNames.parse("e5m2-cfg6").decode(0x03));
        // CFG-1 keeps subnormal outputs; CFG-2 and (our choice) every later one flush them.
        assertEquals(0x1p-16f, rne("e5m2-cfg1", 0x1p-16f));
        for (int cfg = 2; cfg <= 6; cfg++) {
            assertEquals(0f, rne("e5m2-cfg" + cfg, 0x1p-16f), "cfg" + cfg);
            assertEquals(0x1p-14f, rne("e5m2-cfg" + cfg, 0x1p-14f), "cfg" + cfg);
        }
        // The exact product format of the talk.
        assertEquals("e5m5", ((MiniFloat) FormatNames.parse("e4m2")).exactProductFormat().name());
        assertEquals("e6m5", ((MiniFloat) FormatNames.parse("e5m2")).exactProductFormat().name());
        assertEquals("e7m7", ((MiniFloat) FormatNames.parse("e6m3")).exactProductFormat().name());
    }

    @Test
    void bf16AndTf32KeepTheFloat32Range() {
        assertEquals(1.0078125f, rne("bf16", 1.01f));
        assertEquals(0x1p-133f, rne("bf16", 0x1p-133f), "BF16 subnormals reach 2^-133");
        assertEquals(0f, rne("bf16", Float.MIN_VALUE));
        assertEquals(3.3895314e38f, (float) FormatNames.parse("bf16").maxFinite());
        float x = 1.2345678f;
        assertEquals(x, rne("fp32", x));
    }
}

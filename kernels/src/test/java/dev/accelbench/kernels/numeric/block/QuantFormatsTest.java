package dev.accelbench.kernels.numeric.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.kernels.numeric.FormatNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class QuantFormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"bfp8", "bfp2-k32", "bfp15-k64", "mxfp8-e4m3", "mxfp8-e5m2", "mxfp6-e3m2", "mxfp6-e2m3",
            "mxfp4", "mxint8", "q8_0", "e4m3", "fp16", "e6m3", "q8.8", "e5m2fnuz"})
    void canonicalNamesParseBackToThemselves(String name) {
        assertEquals(name, QuantFormats.parse(name).name());
        assertEquals(name, QuantFormats.parse(" " + name.toUpperCase(java.util.Locale.ROOT) + " ").name());
    }

    @Test
    void scalarNamesAreFormatNamesOnes() {
        QuantFormat.Scalar e4m3 = assertInstanceOf(QuantFormat.Scalar.class, QuantFormats.parse("E4M3"));
        assertSame(FormatNames.parse("e4m3"), e4m3.format());
        assertSame(MxFormat.MXFP4, QuantFormats.parse("MXFP4"));
        assertSame(Q8_0Format.Q8_0, QuantFormats.parse("Q8_0"));
        assertEquals("bfp8", QuantFormats.parse("bfp8-k16").name());
        assertEquals(8.25, QuantFormats.parse("mxfp8-e4m3").bitsPerValue());
        assertEquals(8.5, QuantFormats.parse("q8_0").bitsPerValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bfp0", "bfp16", "bfp8-k0", "bfp8-k70000", "bfp99999999999", "mxfp5", "mxfp8", "mxint4",
            "q8_1", "bfp", "bfp8-16"})
    void impossibleBlockNamesShowTheBlockGrammar(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuantFormats.parse(name));
        assertTrue(e.getMessage().contains("'" + name + "'"), e.getMessage());
        assertTrue(e.getMessage().contains(QuantFormats.BLOCK_GRAMMAR), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"e0m3", "e9m40", "q0.0", "float", ""})
    void unknownNamesShowBothGrammars(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuantFormats.parse(name));
        assertTrue(e.getMessage().contains(FormatNames.GRAMMAR), e.getMessage());
        assertTrue(e.getMessage().contains(QuantFormats.BLOCK_GRAMMAR), e.getMessage());
    }

    @Test
    void scalarRoundTripSaturates() {
        float[] y = QuantFormats.parse("e4m3").roundTrip(new float[] {1000f, -0.3f}, 1, 2);
        assertEquals(448f, y[0]);
        assertEquals(-0.3125f, y[1]);
    }
}

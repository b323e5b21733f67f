package dev.accelbench.kernels.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FormatNamesTest {

    @Test
    void namedInstancesComeFirstAndIgnoreCase() {
        MiniFloat e4m3 = (MiniFloat) FormatNames.parse("E4M3");
        assertEquals(Encoding.FN, e4m3.encoding());
        assertEquals(7, e4m3.bias());
        assertEquals(Encoding.IEEE, ((MiniFloat) FormatNames.parse("e4m3-ieee")).encoding());
        assertSame(FormatNames.parse("e4m3fnuz"), FormatNames.parse("e4m3-fnuz"));
        assertSame(FormatNames.parse("fp16"), FormatNames.parse("e5m10"));
        assertEquals(3, ((MiniFloat) FormatNames.parse("e3m4")).bias());
        assertEquals(19, FormatNames.parse("tf32").bits());
        assertEquals(16, FormatNames.parse("bf16").bits());
    }

    @Test
    void grammarOptions() {
        MiniFloat f = (MiniFloat) FormatNames.parse("e5m2-bias=12-cfg5");
        assertEquals(12, f.bias());
        assertEquals(5, f.cfg());
        assertEquals("e5m2-bias=12-cfg5", f.name());
        assertEquals("e5m2-cfg4", FormatNames.parse("E5M2-IEEE-CFG4").name());
        assertEquals(new FixedPoint(8, 12), FormatNames.parse("Q8.12"));
        assertEquals(FormatNames.parse("e5m2-fnuz"), FormatNames.parse("e5m2fnuz"));
    }

    @Test
    void everyCanonicalNameParsesBackToItsFormat() {
        for (String name : new String[] {"e4m3-ieee", "e5m2-cfg5", "e4m3-ieee-cfg4", "e3m2-ieee", "e2m1-ieee-bias=2",
                "e6m3", "e5m2-fnuz-bias=15", "e4m3-fn-bias=8", "q8.13"}) {
            ScalarFormat f = FormatNames.parse(name);
            assertEquals(f, FormatNames.parse(f.name()), name + " -> " + f.name());
        }
        assertEquals("e4m3-ieee", FormatNames.parse("e4m3-ieee").name());
        assertEquals("e4m3-ieee-cfg5", FormatNames.parse("e4m3-cfg5").name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"e0m3", "e9m40", "e9m2", "e4m24", "q0.0", "q20.13", "e4m3-fn-cfg5", "e4m3-cfg7", "e4m3-cfg0",
            "e1m2", "e4m0-ieee", "fp64", "bfp0", "", "e5m2-bias=-120", "e99999999999m2", "e4m3-cfg5-fn"})
    void impossibleOrUnknownNamesShowTheGrammar(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FormatNames.parse(name));
        assertTrue(e.getMessage().contains("eXmY[-ieee|-fn|-fnuz|-finite][-bias=B][-cfgN]"), e.getMessage());
        assertTrue(e.getMessage().contains("'" + name + "'"), e.getMessage());
    }
}

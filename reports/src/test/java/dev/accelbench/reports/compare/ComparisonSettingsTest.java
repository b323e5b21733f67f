package dev.accelbench.reports.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComparisonSettingsTest {

    @ParameterizedTest
    @CsvSource({"5%, 0.05", "0.05, 0.05", "2.5 %, 0.025", "0, 0", "0%, 0", "99%, 0.99"})
    void thresholdsAreWrittenAsPercentOrFraction(String text, double expected) {
        assertEquals(expected, ComparisonSettings.parseThreshold(text), 1e-15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-5%", "-0.05", "100%", "1", "5%%", "", "NaN"})
    void badThresholdsAreRejectedWithTheValue(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ComparisonSettings.parseThreshold(text));
        assertEquals(0, e.getMessage().indexOf("invalid threshold \"" + text + "\": "), e.getMessage());
    }

    @Test
    void alphaLiesBetweenZeroAndAHalf() {
        assertEquals(0.01, ComparisonSettings.parseAlpha("0.01"));
        assertEquals(0.05, ComparisonSettings.parseAlpha("5%"), 1e-15);
        for (String bad : new String[] {"0", "0.5", "-0.01", "x", "1"}) {
            assertThrows(IllegalArgumentException.class, () -> ComparisonSettings.parseAlpha(bad), bad);
        }
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        ComparisonSettings defaults = ComparisonSettings.defaults();
        assertEquals(0.05, defaults.threshold());
        assertEquals(0.01, defaults.alpha());
        assertEquals(0.99, defaults.confidence(), 1e-15);
        assertEquals(HierarchicalBootstrap.DEFAULT_RESAMPLES, defaults.resamples());
        assertThrows(IllegalArgumentException.class, () -> defaults.withResamples(10));
    }
}

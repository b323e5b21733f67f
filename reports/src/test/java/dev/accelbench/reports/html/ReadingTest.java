package dev.accelbench.reports.html;

import dev.accelbench.reports.jmh.MetricNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingTest {

    @ParameterizedTest
    @CsvSource({
            "flops, ops/ns, 22.3, 22.3, GFLOP/s",
            "bytes, ops/ns, 89.21, 89.21, GB/s",
            "·flops, ops/us, 5000, 5, GFLOP/s",
            "bytes, ops/ms, 2e6, 2, GB/s",
            "bytes, ops/s, 3e9, 3, GB/s",
            "cycles, ops/ns, 7, 7, ops/ns",
            "gc.alloc.rate.norm, B/op, 16, 16, B/op",
            "flops, ns/op, 4, 4, ns/op"})
    void workCountersReadAsGigaRatesEverythingElseKeepsItsUnit(String name, String unit, double score,
                                                               double expected, String expectedUnit) {
        Reading reading = Reading.secondary(name, Fixtures.metric(score, score / 10, unit));
        assertEquals(expected, reading.value(), expected * 1e-12);
        assertEquals(expected / 10, reading.error(), expected * 1e-12);
        assertEquals(expectedUnit, reading.unit());
    }

    @Test
    void theTextCarriesErrorAndUnit() {
        assertEquals("89.21 ± 300 GB/s", new Reading(89.2091, 301.7, "GB/s").text());
        assertEquals("0.002722 ± 0.0093 ops/ns", new Reading(0.0027221, 0.00934, "ops/ns").text());
        assertEquals("1.795e-04 ops/ns", new Reading(1.79512e-4, Double.NaN, "ops/ns").text());
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "1234.5678, 1235", "0.001, 0.001", "0.0009765, 9.765e-04", "1e-9, 1e-09",
            "2.5e-5, 2.5e-05", "12345678, 1.235e+07", "-3.14159, -3.142", "NaN, NaN", "Infinity, ∞"})
    void numbersKeepFourSignificantDigits(double value, String expected) {
        assertEquals(expected, Numbers.format(value));
    }

    @Property
    void formattedNumbersReadBackWithinTheirPrecision(@ForAll @DoubleRange(min = -1e12, max = 1e12) double value) {
        String text = Numbers.format(value);
        double back = Double.parseDouble(text);
        assertTrue(Math.abs(back - value) <= Math.abs(value) * 5e-4, text + " for " + value);
        assertFalse(text.contains("E"), text);
    }

    @Test
    void onlyRateUnitsHaveASecondsFactor() {
        assertEquals(1e9, Reading.perSecond("ops/ns").orElseThrow());
        assertEquals(1.0 / 60, Reading.perSecond("ops/min").orElseThrow());
        assertTrue(Reading.perSecond("ns/op").isEmpty());
        assertTrue(Reading.perSecond("B/op").isEmpty());
        assertTrue(Reading.perSecond("ops/fortnight").isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"error, true", "rel_err, true", "max_abs_error, true", "·ulps, true", "err.max, true",
            "flops, false", "bytes, false", "gc.alloc.rate.norm, false", "cycles, false", "energy.pJ, false"})
    void accuracyMetricsAreRecognisedByName(String name, boolean accuracy) {
        assertEquals(accuracy, MetricNames.isAccuracy(name));
    }
}

package dev.accelbench.reports.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.reports.jmh.JmhResult;
import dev.accelbench.reports.jmh.Metric;
import dev.accelbench.reports.jmh.Mode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeterministicMetricsTest {

    private static final double[][] PRIMARY = {{1, 1.1, 0.9}, {1, 1, 1}};

    private static JmhResult withSecondary(String name, String unit, double[][] raw) {
        return Synthetic.result("dev.acme.K.run", Mode.THROUGHPUT, "ops/us", PRIMARY,
                Map.of(name, Synthetic.metric(unit, raw)));
    }

    private static List<MetricComparison> compare(String name, double[][] base, double[][] cand) {
        return DeterministicMetrics.compare(withSecondary(name, "cycles/op", base), withSecondary(name, "cycles/op", cand));
    }

    @Test
    void aConstantMetricWithTheSameValueIsUnchanged() {
        List<MetricComparison> result = compare("cycles", new double[][] {{512, 512}, {512, 512}},
                new double[][] {{512, 512, 512}});
        assertEquals(1, result.size());
        MetricComparison cycles = result.get(0);
        assertEquals(MetricComparison.Rule.EXACT, cycles.rule());
        assertFalse(cycles.changed());
        assertEquals(512, cycles.baseline());
        assertEquals("", cycles.note());
    }

    @Test
    void anyDifferenceInAConstantMetricIsAChange() {
        MetricComparison cycles = compare("cycles", new double[][] {{512, 512}}, new double[][] {{512.0000001, 512.0000001}})
                .get(0);
        assertTrue(cycles.changed());
        assertEquals("value changed", cycles.note());
    }

    @Test
    void aConstantMetricThatStartsToVaryIsAChange() {
        MetricComparison cycles = compare("cycles", new double[][] {{512, 512}}, new double[][] {{512, 513}}).get(0);
        assertTrue(cycles.changed());
        assertEquals("varies between iterations in the candidate", cycles.note());
    }

    @Test
    void measuredRatesAndSingleValuesAreNotComparedExactly() {
        assertEquals(List.of(), compare("flops", new double[][] {{16.1, 15.9}}, new double[][] {{16.0, 16.2}}));
        // One value a side proves nothing about constancy.
        assertEquals(List.of(), compare("flops", new double[][] {{16.1}}, new double[][] {{15.2}}));
    }

    @Test
    void allocationPerOperationIsComparedInWholeBytes() {
        String name = DeterministicMetrics.ALLOCATION_PER_OP;
        MetricComparison noise = compare(name, new double[][] {{0.001, 0.003}}, new double[][] {{0.2, 0.0004}}).get(0);
        assertEquals(MetricComparison.Rule.WHOLE_BYTES, noise.rule());
        assertFalse(noise.changed(), "fractions of a byte per op are JMH's own allocations");
        MetricComparison boxed = compare(name, new double[][] {{0.001, 0.003}}, new double[][] {{16.001, 16.002}})
                .get(0);
        assertTrue(boxed.changed());
        assertEquals("0 → 16 whole bytes per operation", boxed.note());
    }

    @Test
    void metricsInOnlyOneRunAreSkipped() {
        JmhResult base = withSecondary("cycles", "cycles/op", new double[][] {{1, 1}});
        JmhResult cand = withSecondary("energy", "pJ/op", new double[][] {{1, 1}});
        assertEquals(List.of(), DeterministicMetrics.compare(base, cand));
    }
}

package dev.accelbench.reports.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.reports.jmh.JmhResult;
import dev.accelbench.reports.jmh.Metric;
import dev.accelbench.reports.jmh.MetricNames;
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
        return DeterministicMetrics.compare(withSecondary(name, "cycles/op", base), withSecondary(name, "cycles/op", cand), true);
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
    void allocationPerOperationOfAFastKernelChangesWithOneObject() {
        // PRIMARY is about 1 op/us: JMH's 64 KiB/s allowance is 0.07 B per operation, the 8 B floor rules.
        String name = DeterministicMetrics.ALLOCATION_PER_OP;
        MetricComparison noise = compare(name, new double[][] {{0.001, 0.003}}, new double[][] {{0.2, 0.0004}}).get(0);
        assertEquals(MetricComparison.Rule.ALLOCATION, noise.rule());
        assertFalse(noise.changed(), "fractions of a byte per op are JMH's own allocations");
        MetricComparison boxed = compare(name, new double[][] {{0.001, 0.003}}, new double[][] {{16.001, 16.002}})
                .get(0);
        assertTrue(boxed.changed());
        assertEquals("0 → 16 B/op, beyond the noise allowance of 8 B", boxed.note());
    }

    @Test
    void allocationPerOperationOfASlowKernelAllowsForJmhsOwnAllocations() {
        // 200 ops/s (5 ms per op), as a 32 MB transpose: JMH's 7-15 KiB per 1-s iteration is 40-77 B/op.
        String name = DeterministicMetrics.ALLOCATION_PER_OP;
        double[][] slow = {{2e-7, 2e-7, 2e-7}};
        JmhResult base = Synthetic.result("dev.acme.K.run", Mode.THROUGHPUT, "ops/ns", slow,
                Map.of(name, Synthetic.metric("B/op", new double[][] {{40, 41}})));
        JmhResult same = Synthetic.result("dev.acme.K.run", Mode.THROUGHPUT, "ops/ns", slow,
                Map.of(name, Synthetic.metric("B/op", new double[][] {{77, 78}})));
        JmhResult scratch = Synthetic.result("dev.acme.K.run", Mode.THROUGHPUT, "ops/ns", slow,
                Map.of(name, Synthetic.metric("B/op", new double[][] {{4200, 4200}})));
        assertFalse(DeterministicMetrics.compare(base, same, true).get(0).changed());
        MetricComparison grown = DeterministicMetrics.compare(base, scratch, true).get(0);
        assertTrue(grown.changed(), "a 4 KiB scratch buffer per call is real");
        assertEquals("40 → 4,200 B/op, beyond the noise allowance of 1,050 B", grown.note());
    }

    @Test
    void allocationComparesEachRunsLowestIterationSinceUncompiledCodeAllocates() {
        String name = DeterministicMetrics.ALLOCATION_PER_OP;
        // Measured here on a loaded machine: the first measured iteration still ran C1 code.
        MetricComparison lateC2 = compare(name, new double[][] {{0.1, 0.1, 0.1}}, new double[][] {{2903710.3, 1007.9, 0.2}})
                .get(0);
        assertFalse(lateC2.changed(), lateC2.note());
        assertEquals(0.2, lateC2.candidate());
        assertTrue(compare(name, new double[][] {{0.1, 0.1}}, new double[][] {{48.5, 48.2}}).get(0).changed());
    }

    @Test
    void anAllocatingKernelMayMoveByAFewPercentWithJitDecisions() {
        String name = DeterministicMetrics.ALLOCATION_PER_OP;
        // Measured: the same SPRINT attention call, two runs of one commit.
        assertFalse(compare(name, new double[][] {{21648, 21650}}, new double[][] {{23766, 23770}}).get(0).changed());
        assertFalse(compare(name, new double[][] {{3384, 3384}}, new double[][] {{2952, 2954}}).get(0).changed());
        MetricComparison boxed = compare(name, new double[][] {{21610, 21612}}, new double[][] {{1817199, 1817201}}).get(0);
        assertTrue(boxed.changed());
        assertEquals("21,610 → 1,817,199 B/op, beyond the noise allowance of 454,300 B", boxed.note());
    }

    @Test
    void jmhsOtherGcFiguresAreNeverComparedExactly() {
        assertEquals(List.of(), compare("gc.count", new double[][] {{0, 0}}, new double[][] {{1, 1}}));
        assertEquals(List.of(), compare("gc.time", new double[][] {{3, 3}}, new double[][] {{4, 4}}));
    }

    @Test
    void allocationAllowanceFollowsTheTimeModes() {
        String name = DeterministicMetrics.ALLOCATION_PER_OP;
        // 10 ms per operation in avgt: 655 B of allowance.
        JmhResult base = Synthetic.result("dev.acme.K.run", Mode.AVERAGE_TIME, "ms/op", new double[][] {{10, 10}},
                Map.of(name, Synthetic.metric("B/op", new double[][] {{100, 100}})));
        JmhResult cand = Synthetic.result("dev.acme.K.run", Mode.AVERAGE_TIME, "ms/op", new double[][] {{10, 10}},
                Map.of(name, Synthetic.metric("B/op", new double[][] {{700, 700}})));
        assertFalse(DeterministicMetrics.compare(base, cand, true).get(0).changed());
    }

    @Test
    void accuracyFiguresAreComparedOnlyInTheSameEnvironment() {
        JmhResult base = withSecondary("rel_error", "", new double[][] {{1e-7, 1e-7}});
        JmhResult cand = withSecondary("rel_error", "", new double[][] {{2e-7, 2e-7}});
        assertTrue(DeterministicMetrics.compare(base, cand, true).get(0).changed());
        assertEquals(List.of(), DeterministicMetrics.compare(base, cand, false));
        JmhResult cycles = withSecondary("cycles", "cycles/op", new double[][] {{5, 5}});
        JmhResult moreCycles = withSecondary("cycles", "cycles/op", new double[][] {{6, 6}});
        assertTrue(DeterministicMetrics.compare(cycles, moreCycles, false).get(0).changed(), "modeled metrics always compare");
        assertTrue(MetricNames.isAccuracy("max_rel_error") && MetricNames.isAccuracy("ulp.p99")
                && MetricNames.isAccuracy("sqnr_db") && !MetricNames.isAccuracy("model.cycles"));
    }

    @Test
    void metricsInOnlyOneRunAreSkipped() {
        JmhResult base = withSecondary("cycles", "cycles/op", new double[][] {{1, 1}});
        JmhResult cand = withSecondary("energy", "pJ/op", new double[][] {{1, 1}});
        assertEquals(List.of(), DeterministicMetrics.compare(base, cand, true));
    }
}

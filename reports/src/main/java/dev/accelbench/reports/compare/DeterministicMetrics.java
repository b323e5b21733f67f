package dev.accelbench.reports.compare;

import dev.accelbench.reports.jmh.JmhResult;
import dev.accelbench.reports.jmh.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the deterministic secondary metrics of a matched benchmark and compares them exactly,
 * since for them any difference is a real change and a confidence interval would be meaningless
 * (zero width).
 *
 * <p>Which metrics, of those present in both runs:
 * <ul>
 *   <li>{@value #ALLOCATION_PER_OP} (JMH's {@code -prof gc}: bytes allocated per operation) is
 *       always compared, after rounding each run's score to whole bytes. Its raw values are not
 *       constant: JMH's own allocations, spread over millions of operations, add fractions of a
 *       byte that vary by iteration. A real allocation per operation is at least one 16-byte
 *       object, so rounding keeps every such change (0 to 16 B/op, say: a boxed Vector API call)
 *       visible while ignoring the noise. Allocations rarer than one object per 32 operations
 *       fall below this resolution.</li>
 *   <li>Any other metric whose raw values are all identical (bit for bit) across every fork and
 *       iteration of at least one run that has two or more values, such as modeled cycles or
 *       energy per operation from a profiler, or an accuracy figure. It is unchanged when both
 *       runs hold one and the same constant value, and changed otherwise (including when it is
 *       no longer constant in the other run). A single value proves nothing about constancy, so
 *       metrics seen once in each run are not compared; nor are metrics without raw data.</li>
 * </ul>
 * Measured rates such as the {@code flops} and {@code bytes} counters vary between iterations and
 * are left to the primary score's statistics.
 */
public final class DeterministicMetrics {

    /** JMH's GC profiler's normalized allocation rate. */
    public static final String ALLOCATION_PER_OP = "gc.alloc.rate.norm";

    private DeterministicMetrics() {
    }

    public static List<MetricComparison> compare(JmhResult baseline, JmhResult candidate) {
        BenchmarkKey key = BenchmarkKey.of(baseline);
        List<MetricComparison> comparisons = new ArrayList<>();
        for (Map.Entry<String, Metric> entry : baseline.secondary().entrySet()) {
            Metric other = candidate.secondary().get(entry.getKey());
            if (other != null) {
                compare(key, entry.getKey(), entry.getValue(), other).ifPresent(comparisons::add);
            }
        }
        return comparisons;
    }

    private static Optional<MetricComparison> compare(BenchmarkKey key, String name, Metric base, Metric cand) {
        if (name.equals(ALLOCATION_PER_OP)) {
            long baseBytes = Math.round(base.score());
            long candBytes = Math.round(cand.score());
            boolean changed = baseBytes != candBytes;
            return Optional.of(new MetricComparison(key, name, base.unit(), base.score(), cand.score(),
                    MetricComparison.Rule.WHOLE_BYTES, changed,
                    changed ? baseBytes + " → " + candBytes + " whole bytes per operation" : ""));
        }
        Optional<Double> baseConstant = constant(base);
        Optional<Double> candConstant = constant(cand);
        boolean observedConstant = baseConstant.isPresent() && base.iterationCount() >= 2
                || candConstant.isPresent() && cand.iterationCount() >= 2;
        if (!observedConstant) {
            return Optional.empty();
        }
        String note;
        if (baseConstant.isEmpty()) {
            note = "varies between iterations in the baseline";
        } else if (candConstant.isEmpty()) {
            note = "varies between iterations in the candidate";
        } else if (!base.unit().equals(cand.unit())) {
            note = "units differ: " + base.unit() + " vs " + cand.unit();
        } else if (Double.compare(baseConstant.get(), candConstant.get()) != 0) {
            note = "value changed";
        } else {
            note = "";
        }
        double baseValue = baseConstant.orElse(base.score());
        double candValue = candConstant.orElse(cand.score());
        return Optional.of(new MetricComparison(key, name, base.unit(), baseValue, candValue,
                MetricComparison.Rule.EXACT, !note.isEmpty(), note));
    }

    /** The one value every raw value equals, or empty when they differ or there are none. */
    private static Optional<Double> constant(Metric metric) {
        List<Double> values = metric.iterationValues().stream().flatMap(List::stream).toList();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        double first = values.get(0);
        return values.stream().allMatch(v -> Double.compare(v, first) == 0) ? Optional.of(first) : Optional.empty();
    }
}

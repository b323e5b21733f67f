package dev.accelbench.reports.compare;

import dev.accelbench.reports.jmh.JmhResult;
import dev.accelbench.reports.jmh.Metric;
import dev.accelbench.reports.jmh.MetricNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 *       always compared, with an allowance for noise. Its raw values are not constant: JMH's own
 *       bookkeeping allocates a few kilobytes per second of measurement (7 to 15 KiB in 1-second
 *       iterations on the machines here), which the profiler divides among the operations of the
 *       iteration. For a kernel that runs millions of times a second that is a fraction of a byte
 *       per operation; for one that runs 200 times a second it is 77 B/op, and it moves with the
 *       operation count. So a change counts when the two scores differ by more than
 *       {@value #ALLOCATION_FLOOR_BYTES} bytes (half the smallest object: a boxed Vector API call
 *       allocates at least 16 B) and by more than {@value #ALLOCATION_NOISE_BYTES_PER_SECOND} bytes
 *       per second of one operation's time (from the primary score), four times the noise seen
 *       here, and by more than {@value #ALLOCATION_RELATIVE} of the larger figure: for a kernel that
 *       does allocate, C2's escape analysis removes more or fewer of its objects depending on
 *       inlining decisions that differ between runs (measured over four runs of one commit: 21,648 to
 *       23,766 B/op for the same SPRINT attention call, 2,952 or 3,384 B/op for a model evaluation).
 *       A boxed Vector API loop multiplies the figure many times over (21,610 to 1,817,199 B/op
 *       when C2 gave up inlining a pruned-attention kernel in one run), far beyond this allowance. Each run contributes its lowest iteration value: code that C2 has not compiled yet
 *       allocates (boxed vectors, megabytes per operation in the interpreter), and a loaded machine
 *       delays compilation into the measured iterations, while a kernel that allocates once
 *       compiled does so in every iteration.</li>
 *   <li>JMH's other GC figures ({@code gc.count}, {@code gc.time}, {@code gc.alloc.rate}) are
 *       measurements that depend on heap and timing, never compared exactly.</li>
 *   <li>Accuracy figures ({@link MetricNames#isAccuracy}: {@code rel_error}, {@code ulps}, {@code sqnr_db}) change with
 *       the vector width and the CPU (reduction order, FMA), so they are compared only when the
 *       caller says that both runs had the same environment.</li>
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

    private static final String GC_PREFIX = "gc.";

    /** Smallest allocation change per operation that counts: half a 16-byte object. */
    public static final double ALLOCATION_FLOOR_BYTES = 8;

    /** Share of an allocating kernel's figure that JIT decisions may move between runs. */
    public static final double ALLOCATION_RELATIVE = 0.25;

    /** JMH's own allocations per second of measurement that may show up in the per-operation figure. */
    public static final double ALLOCATION_NOISE_BYTES_PER_SECOND = 64 * 1024;

    private DeterministicMetrics() {
    }

    /**
     * Compares the deterministic metrics of one matched benchmark.
     *
     * @param sameEnvironment whether both runs had the same CPU, JDK and vector width; accuracy
     *                        figures are compared only then
     */
    public static List<MetricComparison> compare(JmhResult baseline, JmhResult candidate, boolean sameEnvironment) {
        BenchmarkKey key = BenchmarkKey.of(baseline);
        List<MetricComparison> comparisons = new ArrayList<>();
        for (Map.Entry<String, Metric> entry : baseline.secondary().entrySet()) {
            Metric other = candidate.secondary().get(entry.getKey());
            if (other == null || MetricNames.isAccuracy(entry.getKey()) && !sameEnvironment) {
                continue;
            }
            if (entry.getKey().equals(ALLOCATION_PER_OP)) {
                comparisons.add(compareAllocation(key, baseline, entry.getValue(), candidate, other));
            } else if (!entry.getKey().startsWith(GC_PREFIX)) {
                compareConstant(key, entry.getKey(), entry.getValue(), other).ifPresent(comparisons::add);
            }
        }
        return comparisons;
    }

    private static MetricComparison compareAllocation(BenchmarkKey key, JmhResult baseline, Metric base,
                                                      JmhResult candidate, Metric cand) {
        // The slower side's operations carry the most of JMH's own allocations.
        double secondsPerOp = Math.max(OperationTime.secondsPerOperation(baseline).orElse(0),
                OperationTime.secondsPerOperation(candidate).orElse(0));
        double baseBytes = lowest(base);
        double candBytes = lowest(cand);
        double allowance = Math.max(Math.max(ALLOCATION_FLOOR_BYTES, ALLOCATION_NOISE_BYTES_PER_SECOND * secondsPerOp),
                ALLOCATION_RELATIVE * Math.max(baseBytes, candBytes));
        boolean changed = Math.abs(candBytes - baseBytes) > allowance;
        String note = changed ? String.format(Locale.ROOT, "%,.0f → %,.0f B/op, beyond the noise allowance of %,.0f B",
                baseBytes, candBytes, allowance) : "";
        return new MetricComparison(key, ALLOCATION_PER_OP, base.unit(), baseBytes, candBytes,
                MetricComparison.Rule.ALLOCATION, changed, note);
    }

    /** The lowest iteration value, or the score when the file has no raw data. */
    private static double lowest(Metric metric) {
        return metric.iterationValues().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).min()
                .orElse(metric.score());
    }

    private static Optional<MetricComparison> compareConstant(BenchmarkKey key, String name, Metric base, Metric cand) {
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

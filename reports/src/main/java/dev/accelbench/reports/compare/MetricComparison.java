package dev.accelbench.reports.compare;

/**
 * The exact comparison of one deterministic secondary metric of one benchmark.
 *
 * @param key       the benchmark
 * @param metric    the secondary metric's name, e.g. {@code cycles} or {@code gc.alloc.rate.norm}
 * @param unit      its unit
 * @param baseline  the baseline's value (its constant value, or for allocation its lowest iteration)
 * @param candidate the candidate's value
 * @param rule      how the two were compared
 * @param changed   whether they differ under that rule
 * @param note      why it counts as changed, or empty
 */
public record MetricComparison(BenchmarkKey key, String metric, String unit, double baseline, double candidate,
                               Rule rule, boolean changed, String note) {

    /** How a deterministic metric is compared. */
    public enum Rule {
        /** Bit-for-bit equality of the (constant) values. */
        EXACT,
        /** Bytes per operation equal within the allowance for JMH's own allocations. */
        ALLOCATION
    }
}

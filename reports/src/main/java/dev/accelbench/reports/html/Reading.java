package dev.accelbench.reports.html;

import dev.accelbench.reports.jmh.MetricNames;
import dev.accelbench.reports.jmh.Metric;
import java.util.Map;
import java.util.Optional;

/**
 * A metric as a person should read it: the suite's work counters are rates in JMH's
 * {@code ops/<time unit>}, which for {@code flops} and {@code bytes} are really FLOP and byte
 * rates, so they are shown in GFLOP/s and GB/s (decimal: 1 GB = 10<sup>9</sup> bytes). With the
 * suite's {@code ops/ns}, 1 op/ns is exactly 1 GFLOP/s or 1 GB/s. Every other metric keeps JMH's
 * unit.
 *
 * @param value the score in {@code unit}
 * @param error JMH's 99.9% half-width in {@code unit}; NaN when JMH had too few iterations
 * @param unit  what to print after the numbers
 */
public record Reading(double value, double error, String unit) {

    // JMH's time unit labels (TimeUnit short names) and how many of each fit in a second.
    private static final Map<String, Double> PER_SECOND = Map.of(
            "ns", 1e9, "us", 1e6, "μs", 1e6, "ms", 1e3, "s", 1.0, "min", 1.0 / 60, "hr", 1.0 / 3600);

    /** The primary score, in JMH's unit. */
    public static Reading primary(Metric metric) {
        return new Reading(metric.score(), metric.scoreError(), metric.unit());
    }

    /** A secondary metric: work counters converted to G.../s, everything else as JMH wrote it. */
    public static Reading secondary(String name, Metric metric) {
        String bare = MetricNames.bare(name);
        Optional<Double> perSecond = perSecond(metric.unit());
        if (perSecond.isPresent() && (bare.equals(MetricNames.FLOPS) || bare.equals(MetricNames.BYTES))) {
            double toGiga = perSecond.get() / 1e9;
            return new Reading(metric.score() * toGiga, metric.scoreError() * toGiga,
                    bare.equals(MetricNames.FLOPS) ? "GFLOP/s" : "GB/s");
        }
        return new Reading(metric.score(), metric.scoreError(), metric.unit());
    }

    /** For {@code ops/ns} and the like, how many of the unit's time fit in a second; empty for other units. */
    static Optional<Double> perSecond(String unit) {
        int slash = unit.indexOf('/');
        if (slash < 0 || !unit.substring(0, slash).equals("ops")) {
            return Optional.empty();
        }
        return Optional.ofNullable(PER_SECOND.get(unit.substring(slash + 1)));
    }

    /** {@code 12.35 ± 0.41 GB/s}; without the error part when JMH gave none. */
    public String text() {
        return Numbers.withError(value, error) + " " + unit;
    }
}

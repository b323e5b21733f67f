package dev.accelbench.reports.compare;

import dev.accelbench.reports.jmh.JmhResult;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How long one operation of a benchmark took, from its primary score and unit: {@code ops/ns}
 * in throughput mode, {@code ns/op} in the time modes. Used to judge how much of JMH's own
 * allocation per second lands on each operation.
 */
final class OperationTime {

    private static final Map<String, Double> SECONDS = Map.of("ns", 1e-9, "us", 1e-6, "ms", 1e-3, "s", 1.0,
            "min", 60.0, "hr", 3600.0, "day", 86400.0);

    private OperationTime() {
    }

    /** Seconds per operation, or empty when the unit is not JMH's ops/TIME or TIME/op, or the score is not positive. */
    static OptionalDouble secondsPerOperation(JmhResult result) {
        String unit = result.primary().unit();
        double score = result.primary().score();
        if (!(score > 0) || Double.isInfinite(score)) {
            return OptionalDouble.empty();
        }
        if (unit.startsWith("ops/")) {
            Double seconds = SECONDS.get(unit.substring(4));
            return seconds == null ? OptionalDouble.empty() : OptionalDouble.of(seconds / score);
        }
        if (unit.endsWith("/op")) {
            Double seconds = SECONDS.get(unit.substring(0, unit.length() - 3));
            return seconds == null ? OptionalDouble.empty() : OptionalDouble.of(seconds * score);
        }
        return OptionalDouble.empty();
    }
}

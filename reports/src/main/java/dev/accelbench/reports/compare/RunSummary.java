package dev.accelbench.reports.compare;

import dev.accelbench.reports.jmh.Metric;

/**
 * One side of a comparison, as shown in the tables.
 *
 * @param score      JMH's score
 * @param scoreError JMH's error (NaN when it had too few iterations)
 * @param unit       the score's unit
 * @param forks      forks with data
 * @param iterations measurement iterations over all forks
 */
public record RunSummary(double score, double scoreError, String unit, int forks, int iterations) {

    public static RunSummary of(Metric metric) {
        return new RunSummary(metric.score(), metric.scoreError(), metric.unit(), metric.forkCount(),
                metric.iterationCount());
    }
}

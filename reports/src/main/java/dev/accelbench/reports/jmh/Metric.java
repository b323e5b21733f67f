package dev.accelbench.reports.jmh;

import java.util.List;

/**
 * A primary or secondary metric of one JMH benchmark run.
 *
 * @param score            JMH's aggregate score (NaN when JMH wrote "NaN")
 * @param scoreError       half-width of JMH's own 99.9% interval; NaN with fewer than two iterations
 * @param unit             e.g. {@code ops/ns}, {@code ns/op}, {@code B/op}
 * @param rawData          {@code rawData[fork][iteration]}: each measurement iteration's score;
 *                         empty for sample mode's primary metric and for metrics JMH wrote without
 *                         raw data
 * @param rawDataHistogram sample mode only: {@code rawDataHistogram[fork][iteration]} is that
 *                         iteration's histogram of sampled times; empty otherwise
 */
public record Metric(double score, double scoreError, String unit, List<List<Double>> rawData,
                     List<List<List<HistogramBin>>> rawDataHistogram) {

    public Metric {
        rawData = rawData.stream().map(List::copyOf).toList();
        rawDataHistogram = rawDataHistogram.stream()
                .map(fork -> fork.stream().map(List::copyOf).toList()).toList();
    }

    /**
     * One value per fork and iteration: the raw data, or for sample mode each iteration's mean
     * sampled time (every sample of the iteration weighted by its count).
     */
    public List<List<Double>> iterationValues() {
        if (!rawData.isEmpty() || rawDataHistogram.isEmpty()) {
            return rawData;
        }
        return rawDataHistogram.stream()
                .map(fork -> fork.stream().map(Metric::mean).toList())
                .toList();
    }

    /** Number of forks with data. */
    public int forkCount() {
        return iterationValues().size();
    }

    /** Number of measurement iterations over all forks. */
    public int iterationCount() {
        return iterationValues().stream().mapToInt(List::size).sum();
    }

    private static double mean(List<HistogramBin> bins) {
        double sum = 0;
        long count = 0;
        for (HistogramBin bin : bins) {
            sum += bin.value() * bin.count();
            count += bin.count();
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}

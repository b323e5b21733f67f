package dev.accelbench.reports.jmh;

/** One bin of a sample-mode iteration's histogram: a measured value and how often it occurred. */
public record HistogramBin(double value, long count) {
}

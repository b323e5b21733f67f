package dev.accelbench.tools.accuracy;

import org.HdrHistogram.Histogram;

/**
 * Error statistics of one variant, accumulated without per-sample allocation: sums and maxima in
 * doubles, ULP errors counted in a plain array below 4096 ulps (almost all of them) and only the
 * rest recorded in an HdrHistogram, which receives the array's counts when results are merged.
 * The ULP error of y against the float64 reference r is |y - r| / ulp(float(r)), rounded to the
 * nearest integer (a correctly rounded result has 0). Relative errors skip r = 0.
 */
final class ErrorStats {

    static final int DIRECT = 4096;
    static final long MAX_ULPS = 1L << 40;

    long samples;
    long relSamples;
    long nonFinite;
    double sumAbs;
    double sumSqAbs;
    double sumRel;
    double sumSqRel;
    double maxAbs;
    double maxRel;
    float maxAbsAt = Float.NaN;
    float maxRelAt = Float.NaN;
    final long[] direct = new long[DIRECT];
    final Histogram histogram = new Histogram(MAX_ULPS, 3);
    /** Largest error per plot bin (relative, or absolute for ops whose bound is absolute); null when not plotting. */
    final double[] bins;

    ErrorStats(int plotBins) {
        bins = plotBins > 0 ? new double[plotBins] : null;
    }

    void add(float[] x, float[] y, double[] ref, int n, boolean relativeBins, double binLo, double binScale) {
        for (int i = 0; i < n; i++) {
            double r = ref[i];
            float yi = y[i];
            if (!Double.isFinite(r) || !Float.isFinite(yi)) {
                if (!(r == yi || (Double.isNaN(r) && Float.isNaN(yi)))) {
                    nonFinite++;
                }
                continue;
            }
            samples++;
            double abs = Math.abs(yi - r);
            sumAbs += abs;
            sumSqAbs += abs * abs;
            if (abs > maxAbs) {
                maxAbs = abs;
                maxAbsAt = x[i];
            }
            double rel = 0;
            if (r != 0) {
                rel = abs / Math.abs(r);
                relSamples++;
                sumRel += rel;
                sumSqRel += rel * rel;
                if (rel > maxRel) {
                    maxRel = rel;
                    maxRelAt = x[i];
                }
            }
            double ulps = abs / Math.ulp((float) r);
            long u = ulps < MAX_ULPS ? Math.round(ulps) : MAX_ULPS;
            if (u < DIRECT) {
                direct[(int) u]++;
            } else {
                histogram.recordValue(u);
            }
            if (bins != null) {
                int b = (int) ((x[i] - binLo) * binScale);
                b = Math.max(0, Math.min(bins.length - 1, b));
                double e = relativeBins ? rel : abs;
                if (e > bins[b]) {
                    bins[b] = e;
                }
            }
        }
    }

    void merge(ErrorStats other) {
        samples += other.samples;
        relSamples += other.relSamples;
        nonFinite += other.nonFinite;
        sumAbs += other.sumAbs;
        sumSqAbs += other.sumSqAbs;
        sumRel += other.sumRel;
        sumSqRel += other.sumSqRel;
        if (other.maxAbs > maxAbs) {
            maxAbs = other.maxAbs;
            maxAbsAt = other.maxAbsAt;
        }
        if (other.maxRel > maxRel) {
            maxRel = other.maxRel;
            maxRelAt = other.maxRelAt;
        }
        for (int u = 0; u < DIRECT; u++) {
            direct[u] += other.direct[u];
        }
        histogram.add(other.histogram);
        if (bins != null) {
            for (int b = 0; b < bins.length; b++) {
                bins[b] = Math.max(bins[b], other.bins[b]);
            }
        }
    }

    /** All ULP errors in one histogram (the direct counts folded in). */
    Histogram ulps() {
        Histogram all = histogram.copy();
        for (int u = 0; u < DIRECT; u++) {
            if (direct[u] > 0) {
                all.recordValueWithCount(u, direct[u]);
            }
        }
        return all;
    }
}

package dev.accelbench.reports.compare;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Confidence interval for the ratio of two runs' mean scores by a two-level (hierarchical)
 * bootstrap over JMH's raw data {@code [fork][iteration]}.
 *
 * <p>Why two levels: iterations of one fork share that JVM's JIT decisions, code and data layout,
 * so forks of the same code often differ by more than iterations within a fork do. Resampling the
 * pooled iterations would treat them as independent and give intervals that are too narrow.
 * Each resample therefore draws, for each run independently:
 * <ol>
 *   <li>as many forks as the run has, with replacement, from its forks; then</li>
 *   <li>for each drawn fork, as many iterations as that fork has, with replacement, from that
 *       fork's iterations;</li>
 * </ol>
 * and takes the mean of all drawn iterations (so a fork weighs by its iteration count, as in
 * JMH's score). The ratio of the candidate's resampled mean to the baseline's is one bootstrap
 * replicate; the interval is the percentile interval of the replicates (the {@code (1-c)/2} and
 * {@code (1+c)/2} quantiles for confidence {@code c}, linearly interpolated). The point estimate
 * is the ratio of the plain means.
 *
 * <p>All randomness comes from the seed passed per call, so a comparison is reproducible.
 * {@link #DEFAULT_RESAMPLES} replicates put 50 replicates beyond each end of a 99% interval, which
 * keeps the ends stable to well under a percent of the ratio for typical benchmark noise.
 */
public final class HierarchicalBootstrap {

    /** Replicates per interval unless told otherwise. */
    public static final int DEFAULT_RESAMPLES = 10_000;

    private final int resamples;

    public HierarchicalBootstrap(int resamples) {
        if (resamples < 100) {
            throw new IllegalArgumentException("at least 100 bootstrap resamples are needed, got " + resamples);
        }
        this.resamples = resamples;
    }

    public int resamples() {
        return resamples;
    }

    /**
     * The ratio {@code mean(candidate) / mean(baseline)} with its interval.
     *
     * @param baseline   {@code [fork][iteration]}, every fork non-empty, values finite
     * @param candidate  the same for the candidate
     * @param confidence interval level in (0, 1), e.g. 0.99
     * @param seed       seed of the resampling
     */
    public RatioEstimate ratio(double[][] baseline, double[][] candidate, double confidence, long seed) {
        check(baseline, "baseline");
        check(candidate, "candidate");
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie in (0, 1), got " + confidence);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] replicates = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double base = resampledMean(baseline, random);
            double cand = resampledMean(candidate, random);
            replicates[r] = cand / base;
        }
        Arrays.sort(replicates);
        double tail = (1 - confidence) / 2;
        return new RatioEstimate(mean(candidate) / mean(baseline), quantile(replicates, tail),
                quantile(replicates, 1 - tail), confidence);
    }

    static double mean(double[][] forks) {
        double sum = 0;
        long count = 0;
        for (double[] fork : forks) {
            for (double value : fork) {
                sum += value;
            }
            count += fork.length;
        }
        return sum / count;
    }

    private static double resampledMean(double[][] forks, SplittableRandom random) {
        double sum = 0;
        long count = 0;
        for (int f = 0; f < forks.length; f++) {
            double[] fork = forks[random.nextInt(forks.length)];
            for (int i = 0; i < fork.length; i++) {
                sum += fork[random.nextInt(fork.length)];
            }
            count += fork.length;
        }
        return sum / count;
    }

    /** Type-7 quantile (linear interpolation between order statistics) of sorted values. */
    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }

    private static void check(double[][] forks, String side) {
        if (forks.length == 0) {
            throw new IllegalArgumentException(side + " has no forks");
        }
        for (double[] fork : forks) {
            if (fork.length == 0) {
                throw new IllegalArgumentException(side + " has a fork without iterations");
            }
            for (double value : fork) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException(side + " has a non-finite value: " + value);
                }
            }
        }
    }
}

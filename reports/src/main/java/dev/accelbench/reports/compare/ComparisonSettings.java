package dev.accelbench.reports.compare;

/**
 * How a comparison decides.
 *
 * @param threshold smallest change of the score ratio that counts, as a fraction of the baseline
 *                  (0.05 = 5%); in [0, 1)
 * @param alpha     significance level; the intervals have confidence {@code 1 - alpha}; in (0, 0.5)
 * @param resamples bootstrap replicates per interval
 * @param seed      seed of the bootstrap; each benchmark's resampling is seeded from it and the
 *                  benchmark's key, so its interval does not depend on the other benchmarks
 */
public record ComparisonSettings(double threshold, double alpha, int resamples, long seed) {

    public static final double DEFAULT_THRESHOLD = 0.05;
    public static final double DEFAULT_ALPHA = 0.01;
    /** Fixed so that two runs of {@code accelbench compare} on the same files print the same intervals. */
    public static final long DEFAULT_SEED = 0x5EED_ACCE1BE7L;

    public ComparisonSettings {
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be at least 0% and below 100%, got " + threshold);
        }
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new IllegalArgumentException("alpha must lie strictly between 0 and 0.5, got " + alpha);
        }
        if (resamples < 100) {
            throw new IllegalArgumentException("at least 100 bootstrap resamples are needed, got " + resamples);
        }
    }

    public static ComparisonSettings defaults() {
        return new ComparisonSettings(DEFAULT_THRESHOLD, DEFAULT_ALPHA, HierarchicalBootstrap.DEFAULT_RESAMPLES,
                DEFAULT_SEED);
    }

    public ComparisonSettings withThreshold(double newThreshold) {
        return new ComparisonSettings(newThreshold, alpha, resamples, seed);
    }

    public ComparisonSettings withAlpha(double newAlpha) {
        return new ComparisonSettings(threshold, newAlpha, resamples, seed);
    }

    public ComparisonSettings withResamples(int newResamples) {
        return new ComparisonSettings(threshold, alpha, newResamples, seed);
    }

    public ComparisonSettings withSeed(long newSeed) {
        return new ComparisonSettings(threshold, alpha, resamples, newSeed);
    }

    /** Confidence level of the intervals. */
    public double confidence() {
        return 1 - alpha;
    }

    /**
     * A threshold as users write it: {@code 5%} or {@code 0.05}.
     *
     * @throws IllegalArgumentException with a message fit for a command line
     */
    public static double parseThreshold(String text) {
        String trimmed = text.strip();
        boolean percent = trimmed.endsWith("%");
        String number = percent ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed;
        double value;
        try {
            value = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid threshold \"" + text
                    + "\": expected a percentage like 5% or a fraction like 0.05");
        }
        if (percent) {
            value /= 100;
        }
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException("invalid threshold \"" + text
                    + "\": must be at least 0% and below 100%");
        }
        return value;
    }

    /**
     * A significance level: {@code 0.01} or {@code 1%}.
     *
     * @throws IllegalArgumentException with a message fit for a command line
     */
    public static double parseAlpha(String text) {
        String trimmed = text.strip();
        boolean percent = trimmed.endsWith("%");
        double value;
        try {
            value = Double.parseDouble(percent ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid alpha \"" + text + "\": expected a number like 0.01");
        }
        if (percent) {
            value /= 100;
        }
        if (!(value > 0 && value < 0.5)) {
            throw new IllegalArgumentException("invalid alpha \"" + text + "\": must lie strictly between 0 and 0.5");
        }
        return value;
    }
}

package dev.accelbench.reports.compare;

import dev.accelbench.reports.jmh.JmhResult;
import dev.accelbench.reports.jmh.Metric;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Gives one benchmark its {@link Verdict}.
 *
 * <p>Notation: {@code t} the threshold (default 5%), {@code alpha} the significance level
 * (default 0.01), {@code R = mean(candidate) / mean(baseline)} over every measurement iteration of
 * every fork (never the best one), {@code [L, U]} its {@code 1 - alpha} interval from the
 * {@link HierarchicalBootstrap}. "Worse" is {@code R < 1} for throughput ({@code thrpt}, higher
 * is better) and {@code R > 1} for the time modes ({@code avgt}, {@code sample}, {@code ss},
 * lower is better). The rules, applied in this order:
 * <ol>
 *   <li><b>MISSING</b>: the key (benchmark, mode, parameters) is only in the baseline;
 *       <b>NEW</b>: only in the candidate.</li>
 *   <li><b>INCONCLUSIVE</b> when the data cannot decide: the two units differ; a raw value is
 *       negative or not finite; the baseline mean is 0; or either run has too little data. Enough
 *       data means at least {@value #MIN_ITERATIONS_SEVERAL_FORKS} measurement iterations in all when
 *       the run has two or more forks, and at least {@value #MIN_ITERATIONS_ONE_FORK} when it has
 *       one (one fork shows nothing of fork-to-fork variation, so it must show more of the rest).
 *       So a one-fork, two-iteration run is always inconclusive.</li>
 *   <li><b>SLOWER</b> when the change is significant and beyond the threshold on the worse side:
 *       for throughput {@code U < 1} and {@code R < 1 - t}; for times {@code L > 1} and
 *       {@code R > 1 + t}. <b>FASTER</b> is the mirror image: for throughput {@code L > 1} and
 *       {@code R > 1 + t}; for times {@code U < 1} and {@code R < 1 - t}.</li>
 *   <li><b>UNCHANGED</b> when the whole interval lies within the threshold:
 *       {@code 1 - t <= L} and {@code U <= 1 + t}.</li>
 *   <li><b>INCONCLUSIVE</b> otherwise: the interval is too wide to tell a change beyond the
 *       threshold from none, or the change is significant but too small to call while the
 *       interval still reaches beyond the threshold.</li>
 * </ol>
 * Because a SLOWER verdict needs both a {@code 1 - alpha} interval that excludes 1 and a point
 * estimate beyond the threshold, two runs of identical code are called SLOWER at a rate of about
 * {@code alpha / 2} where the interval has its nominal coverage, and far less in practice since the
 * point estimate must also cross the threshold; a slowdown well past the threshold is caught as
 * soon as the noise lets the interval exclude 1 (a 20% slowdown with 5% noise, 3 forks of 5
 * iterations, every time: see the tests).
 */
public final class Classifier {

    /** Least measurement iterations, over all forks, of a run with two or more forks. */
    public static final int MIN_ITERATIONS_SEVERAL_FORKS = 4;
    /** Least measurement iterations of a one-fork run. */
    public static final int MIN_ITERATIONS_ONE_FORK = 5;

    private final ComparisonSettings settings;
    private final HierarchicalBootstrap bootstrap;

    public Classifier(ComparisonSettings settings) {
        this.settings = settings;
        this.bootstrap = new HierarchicalBootstrap(settings.resamples());
    }

    public BenchmarkComparison missing(JmhResult baseline) {
        return new BenchmarkComparison(BenchmarkKey.of(baseline), Optional.of(RunSummary.of(baseline.primary())),
                Optional.empty(), Optional.empty(), Verdict.MISSING, "only in the baseline");
    }

    public BenchmarkComparison added(JmhResult candidate) {
        return new BenchmarkComparison(BenchmarkKey.of(candidate), Optional.empty(),
                Optional.of(RunSummary.of(candidate.primary())), Optional.empty(), Verdict.NEW,
                "only in the candidate");
    }

    /** Compares two entries with the same key. */
    public BenchmarkComparison compare(JmhResult baseline, JmhResult candidate) {
        BenchmarkKey key = BenchmarkKey.of(baseline);
        Metric base = baseline.primary();
        Metric cand = candidate.primary();
        Optional<String> unusable = unusable(base, cand);
        if (unusable.isPresent()) {
            return result(key, baseline, candidate, Optional.empty(), Verdict.INCONCLUSIVE, unusable.get());
        }
        RatioEstimate estimate = bootstrap.ratio(toArray(base), toArray(cand), settings.confidence(),
                seedFor(key));
        return classify(key, baseline, candidate, estimate);
    }

    private BenchmarkComparison classify(BenchmarkKey key, JmhResult baseline, JmhResult candidate,
                                         RatioEstimate e) {
        double t = settings.threshold();
        boolean higherIsBetter = key.mode().higherIsBetter();
        boolean significantlyLower = e.upper() < 1;
        boolean significantlyHigher = e.lower() > 1;
        boolean beyondBelow = e.ratio() < 1 - t;
        boolean beyondAbove = e.ratio() > 1 + t;
        String interval = String.format(Locale.ROOT, "%s%% interval [%.4f, %.4f]", percent(e.confidence()),
                e.lower(), e.upper());
        String band = String.format(Locale.ROOT, "[%.4f, %.4f]", 1 - t, 1 + t);
        if (significantlyLower && beyondBelow || significantlyHigher && beyondAbove) {
            boolean worse = significantlyLower == higherIsBetter;
            String direction = significantlyLower ? "below 1 and ratio below " + fmt(1 - t)
                    : "above 1 and ratio above " + fmt(1 + t);
            return result(key, baseline, candidate, Optional.of(e), worse ? Verdict.SLOWER : Verdict.FASTER,
                    interval + " " + direction + " (" + (higherIsBetter ? "higher" : "lower") + " is better)");
        }
        if (e.lower() >= 1 - t && e.upper() <= 1 + t) {
            return result(key, baseline, candidate, Optional.of(e), Verdict.UNCHANGED,
                    interval + " within the threshold band " + band);
        }
        return result(key, baseline, candidate, Optional.of(e), Verdict.INCONCLUSIVE,
                interval + " too wide to decide against the threshold band " + band);
    }

    private static Optional<String> unusable(Metric base, Metric cand) {
        if (!base.unit().equals(cand.unit())) {
            return Optional.of("units differ: " + base.unit() + " in the baseline, " + cand.unit()
                    + " in the candidate");
        }
        for (Metric metric : List.of(base, cand)) {
            String side = metric == base ? "baseline" : "candidate";
            boolean bad = metric.iterationValues().stream().flatMap(List::stream)
                    .anyMatch(v -> !Double.isFinite(v) || v < 0);
            if (bad) {
                return Optional.of("the " + side + " has negative or non-finite raw values");
            }
            int forks = metric.forkCount();
            int iterations = metric.iterationCount();
            int needed = forks >= 2 ? MIN_ITERATIONS_SEVERAL_FORKS : MIN_ITERATIONS_ONE_FORK;
            if (iterations < needed) {
                return Optional.of("too little data: the " + side + " has " + forks + (forks == 1 ? " fork" : " forks")
                        + " with " + iterations + (iterations == 1 ? " iteration" : " iterations") + " in all, "
                        + needed + " iterations are needed" + (forks == 1 ? " with one fork (use -f 3)" : ""));
            }
        }
        if (HierarchicalBootstrap.mean(toArray(base)) == 0) {
            return Optional.of("the baseline score is 0");
        }
        return Optional.empty();
    }

    private long seedFor(BenchmarkKey key) {
        // Mixing the key in keeps each benchmark's interval independent of which others were run.
        return settings.seed() * 0x9E3779B97F4A7C15L + key.toString().hashCode();
    }

    private static BenchmarkComparison result(BenchmarkKey key, JmhResult baseline, JmhResult candidate,
                                              Optional<RatioEstimate> estimate, Verdict verdict, String reason) {
        return new BenchmarkComparison(key, Optional.of(RunSummary.of(baseline.primary())),
                Optional.of(RunSummary.of(candidate.primary())), estimate, verdict, reason);
    }

    static double[][] toArray(Metric metric) {
        return metric.iterationValues().stream()
                .map(fork -> fork.stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    static String percent(double fraction) {
        double p = fraction * 100;
        return p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.ROOT, "%.2f", p)
                .replaceAll("0+$", "");
    }
}

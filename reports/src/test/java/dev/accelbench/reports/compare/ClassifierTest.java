package dev.accelbench.reports.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.reports.jmh.JmhResult;
import dev.accelbench.reports.jmh.Mode;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassifierTest {

    private static final int SEEDS = 1_000;
    /** Fewer than the default keeps 1,000-seed sweeps fast; the default is exercised once below. */
    private static final int TEST_RESAMPLES = 2_000;

    private static final ComparisonSettings SETTINGS = ComparisonSettings.defaults().withResamples(TEST_RESAMPLES);

    /** The most false alarms {@code n} trials at rate {@code p} give, allowing 3 binomial standard deviations. */
    private static long allowedFalseAlarms(int n, double p) {
        return (long) Math.floor(n * p + 3 * Math.sqrt(n * p * (1 - p)));
    }

    private static Map<Verdict, Integer> sweep(ComparisonSettings settings, Mode mode, double candidateFactor,
                                               double noise, double forkNoise, int forks, int iterations) {
        Classifier classifier = new Classifier(settings);
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (int seed = 0; seed < SEEDS; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            JmhResult base = Synthetic.result(mode, "ops/us",
                    Synthetic.noisyForks(100, forkNoise, noise, forks, iterations, random));
            JmhResult cand = Synthetic.result(mode, "ops/us",
                    Synthetic.noisyForks(100 * candidateFactor, forkNoise, noise, forks, iterations, random));
            counts.merge(classifier.compare(base, cand).verdict(), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void identicalDistributionsAreRarelyCalledSlowerOrFaster() {
        Map<Verdict, Integer> counts = sweep(SETTINGS, Mode.THROUGHPUT, 1.0, 0.03, 0, 3, 5);
        int flagged = counts.getOrDefault(Verdict.SLOWER, 0) + counts.getOrDefault(Verdict.FASTER, 0);
        assertTrue(flagged <= allowedFalseAlarms(SEEDS, SETTINGS.alpha()), counts.toString());
        // With 3% noise and 15 iterations a side the 99% interval mostly fits in the 5% band. Not always:
        // when forks do not differ, resampling forks and then iterations counts iteration noise twice,
        // so the interval errs wide (about 19% inconclusive here), the safe side for a gate.
        assertTrue(counts.getOrDefault(Verdict.UNCHANGED, 0) >= 0.75 * SEEDS, counts.toString());
    }

    @Test
    void withoutAThresholdTheIntervalAloneHoldsTheFalseAlarmRateToAlpha() {
        // Threshold 0: a verdict rests on the interval excluding 1 alone, so this checks its coverage.
        Map<Verdict, Integer> counts = sweep(SETTINGS.withThreshold(0), Mode.THROUGHPUT, 1.0, 0.03, 0, 3, 5);
        int flagged = counts.getOrDefault(Verdict.SLOWER, 0) + counts.getOrDefault(Verdict.FASTER, 0);
        assertTrue(flagged <= allowedFalseAlarms(SEEDS, SETTINGS.alpha()), counts.toString());
    }

    @Test
    void forkToForkVariationDoesNotRaiseFalseAlarms() {
        // Forks that differ by 2% on top of 3% iteration noise, the pattern JIT decisions produce.
        Map<Verdict, Integer> counts = sweep(SETTINGS, Mode.THROUGHPUT, 1.0, 0.03, 0.02, 3, 5);
        int flagged = counts.getOrDefault(Verdict.SLOWER, 0) + counts.getOrDefault(Verdict.FASTER, 0);
        assertTrue(flagged <= allowedFalseAlarms(SEEDS, SETTINGS.alpha()), counts.toString());
    }

    @ParameterizedTest(name = "noise {0}")
    @ValueSource(doubles = {0.02, 0.05})
    void aTwentyPercentThroughputDropIsAlwaysSlower(double noise) {
        Map<Verdict, Integer> counts = sweep(SETTINGS, Mode.THROUGHPUT, 0.8, noise, 0, 3, 5);
        assertEquals(Map.of(Verdict.SLOWER, SEEDS), counts);
    }

    @Test
    void aTwentyPercentLongerAverageTimeIsAlwaysSlower() {
        // avgt: lower is better, so a ratio of 1.2 is the regression.
        Map<Verdict, Integer> counts = sweep(SETTINGS, Mode.AVERAGE_TIME, 1.2, 0.05, 0, 3, 5);
        assertEquals(Map.of(Verdict.SLOWER, SEEDS), counts);
    }

    @Test
    void directionFollowsTheMode() {
        Classifier classifier = new Classifier(SETTINGS);
        double[][] hundred = Synthetic.noisy(100, 0.01, 3, 5, new SplittableRandom(5));
        double[][] eighty = Synthetic.noisy(80, 0.01, 3, 5, new SplittableRandom(6));
        for (Mode mode : Mode.values()) {
            Verdict down = classifier.compare(Synthetic.result(mode, "u", hundred), Synthetic.result(mode, "u", eighty))
                    .verdict();
            Verdict up = classifier.compare(Synthetic.result(mode, "u", eighty), Synthetic.result(mode, "u", hundred))
                    .verdict();
            assertEquals(mode.higherIsBetter() ? Verdict.SLOWER : Verdict.FASTER, down, mode.label());
            assertEquals(mode.higherIsBetter() ? Verdict.FASTER : Verdict.SLOWER, up, mode.label());
        }
    }

    @Test
    void oneForkOfTwoIterationsIsInconclusive() {
        // Even a 50% drop: two iterations of one fork cannot show how much runs vary.
        BenchmarkComparison c = new Classifier(SETTINGS).compare(
                Synthetic.result(Mode.THROUGHPUT, "ops/us", new double[][] {{100, 101}}),
                Synthetic.result(Mode.THROUGHPUT, "ops/us", new double[][] {{50, 51}}));
        assertEquals(Verdict.INCONCLUSIVE, c.verdict());
        assertTrue(c.reason().startsWith("too little data: the baseline has 1 fork with 2 iterations"), c.reason());
        assertTrue(c.ratio().isEmpty());
    }

    @Test
    void enoughDataMeansFourIterationsOverSeveralForksOrFiveInOne() {
        Classifier classifier = new Classifier(SETTINGS);
        double[][] base = {{100, 101}, {99, 100}};
        assertEquals(Verdict.SLOWER, classifier.compare(Synthetic.result(Mode.THROUGHPUT, "u", base),
                Synthetic.result(Mode.THROUGHPUT, "u", new double[][] {{50, 51}, {50, 49}})).verdict());
        assertEquals(Verdict.INCONCLUSIVE, classifier.compare(Synthetic.result(Mode.THROUGHPUT, "u", base),
                Synthetic.result(Mode.THROUGHPUT, "u", new double[][] {{50}, {51}, {50}})).verdict());
        assertEquals(Verdict.INCONCLUSIVE, classifier.compare(Synthetic.result(Mode.THROUGHPUT, "u", base),
                Synthetic.result(Mode.THROUGHPUT, "u", new double[][] {{50, 51, 50, 49}})).verdict());
        assertEquals(Verdict.SLOWER, classifier.compare(Synthetic.result(Mode.THROUGHPUT, "u", base),
                Synthetic.result(Mode.THROUGHPUT, "u", new double[][] {{50, 51, 50, 49, 50}})).verdict());
    }

    @Test
    void aWideIntervalIsInconclusive() {
        // 30% noise: a 10% drop cannot be told from none.
        SplittableRandom random = new SplittableRandom(11);
        BenchmarkComparison c = new Classifier(SETTINGS).compare(
                Synthetic.result(Mode.THROUGHPUT, "u", Synthetic.noisy(100, 0.3, 3, 5, random)),
                Synthetic.result(Mode.THROUGHPUT, "u", Synthetic.noisy(90, 0.3, 3, 5, random)));
        assertEquals(Verdict.INCONCLUSIVE, c.verdict());
        assertTrue(c.reason().contains("too wide to decide"), c.reason());
    }

    @Test
    void aSignificantChangeWithinTheThresholdIsUnchanged() {
        // A 2% drop measured with 0.1% noise is real, but below the 5% threshold.
        SplittableRandom random = new SplittableRandom(12);
        BenchmarkComparison c = new Classifier(SETTINGS).compare(
                Synthetic.result(Mode.THROUGHPUT, "u", Synthetic.noisy(100, 0.001, 3, 5, random)),
                Synthetic.result(Mode.THROUGHPUT, "u", Synthetic.noisy(98, 0.001, 3, 5, random)));
        assertEquals(Verdict.UNCHANGED, c.verdict());
        assertTrue(c.ratio().orElseThrow().upper() < 1, "significant, yet not beyond the threshold");
        assertEquals(Verdict.SLOWER, new Classifier(SETTINGS.withThreshold(0.01)).compare(
                Synthetic.result(Mode.THROUGHPUT, "u", Synthetic.noisy(100, 0.001, 3, 5, new SplittableRandom(12))),
                Synthetic.result(Mode.THROUGHPUT, "u", Synthetic.noisy(98, 0.001, 3, 5, new SplittableRandom(13))))
                .verdict());
    }

    @Test
    void theDefaultResamplesGiveTheSameVerdictsAndAStableInterval() {
        ComparisonSettings defaults = ComparisonSettings.defaults();
        assertEquals(10_000, defaults.resamples());
        SplittableRandom random = new SplittableRandom(21);
        JmhResult base = Synthetic.result(Mode.THROUGHPUT, "u", Synthetic.noisy(100, 0.05, 3, 5, random));
        JmhResult cand = Synthetic.result(Mode.THROUGHPUT, "u", Synthetic.noisy(80, 0.05, 3, 5, random));
        BenchmarkComparison once = new Classifier(defaults).compare(base, cand);
        BenchmarkComparison again = new Classifier(defaults.withSeed(99)).compare(base, cand);
        assertEquals(Verdict.SLOWER, once.verdict());
        assertEquals(once, new Classifier(defaults).compare(base, cand), "reproducible");
        // Another seed moves the ends of the interval by well under a percent of the ratio.
        assertEquals(once.ratio().orElseThrow().lower(), again.ratio().orElseThrow().lower(), 0.005);
        assertEquals(once.ratio().orElseThrow().upper(), again.ratio().orElseThrow().upper(), 0.005);
    }

    @Test
    void differentUnitsAndBadValuesAreInconclusive() {
        Classifier classifier = new Classifier(SETTINGS);
        double[][] data = {{1, 1, 1}, {1, 1, 1}};
        BenchmarkComparison units = classifier.compare(Synthetic.result(Mode.AVERAGE_TIME, "ns/op", data),
                Synthetic.result(Mode.AVERAGE_TIME, "us/op", data));
        assertEquals(Verdict.INCONCLUSIVE, units.verdict());
        assertEquals("units differ: ns/op in the baseline, us/op in the candidate", units.reason());
        BenchmarkComparison nan = classifier.compare(Synthetic.result(Mode.AVERAGE_TIME, "ns/op", data),
                Synthetic.result(Mode.AVERAGE_TIME, "ns/op", new double[][] {{1, Double.NaN, 1}, {1, 1, 1}}));
        assertEquals(Verdict.INCONCLUSIVE, nan.verdict());
        assertEquals("the candidate has negative or non-finite raw values", nan.reason());
        BenchmarkComparison zero = classifier.compare(
                Synthetic.result(Mode.THROUGHPUT, "u", new double[][] {{0, 0, 0}, {0, 0, 0}}),
                Synthetic.result(Mode.THROUGHPUT, "u", data));
        assertEquals("the baseline score is 0", zero.reason());
    }
}

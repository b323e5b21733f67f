package dev.accelbench.reports.compare;

import dev.accelbench.reports.jmh.JmhResult;
import dev.accelbench.reports.jmh.Metric;
import dev.accelbench.reports.jmh.Mode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Synthetic JMH results with known distributions, for the statistics tests. */
final class Synthetic {

    private Synthetic() {
    }

    /** {@code forks x iterations} values {@code mean * (1 + noise * N(0, 1))}. */
    static double[][] noisy(double mean, double noise, int forks, int iterations, SplittableRandom random) {
        double[][] data = new double[forks][iterations];
        for (double[] fork : data) {
            for (int i = 0; i < iterations; i++) {
                fork[i] = mean * (1 + noise * random.nextGaussian());
            }
        }
        return data;
    }

    /** Like {@link #noisy}, plus a per-fork offset {@code mean * forkNoise * N(0, 1)} shared by its iterations. */
    static double[][] noisyForks(double mean, double forkNoise, double noise, int forks, int iterations,
                                 SplittableRandom random) {
        double[][] data = new double[forks][iterations];
        for (double[] fork : data) {
            double forkMean = mean * (1 + forkNoise * random.nextGaussian());
            for (int i = 0; i < iterations; i++) {
                fork[i] = forkMean * (1 + noise * random.nextGaussian());
            }
        }
        return data;
    }

    static JmhResult result(Mode mode, String unit, double[][] raw) {
        return result("dev.acme.bench.K.run", mode, unit, raw, Map.of());
    }

    static JmhResult result(String benchmark, Mode mode, String unit, double[][] raw, Map<String, Metric> secondary) {
        Metric primary = metric(unit, raw);
        return new JmhResult(benchmark, mode, Map.of("n", "64"), raw.length, 1, List.of(), primary, secondary);
    }

    static Metric metric(String unit, double[][] raw) {
        List<List<Double>> rows = Arrays.stream(raw).map(fork -> Arrays.stream(fork).boxed().toList()).toList();
        double mean = HierarchicalBootstrap.mean(raw);
        return new Metric(mean, Double.NaN, unit, rows, List.of());
    }
}

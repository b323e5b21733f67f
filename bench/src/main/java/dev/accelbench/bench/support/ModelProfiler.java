package dev.accelbench.bench.support;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Reports the modeled accelerator figures that benchmarks record with {@link Modeled} as
 * secondary results, so that one JMH row shows the host's speed and the accelerator's modeled
 * cycles, GOP/s and GOP/J for the same work. They are per-operation figures, so they are averaged
 * over iterations (an {@code @AuxCounters} EVENTS counter would be summed). Being deterministic,
 * they are compared exactly by {@code accelbench compare}. The suite's launcher adds it to every
 * run; with JMH's own main use {@code -prof dev.accelbench.bench.support.ModelProfiler}.
 */
@SuppressWarnings("rawtypes") // JMH's Result is generic in name only; its profiler API uses it raw
public final class ModelProfiler implements InternalProfiler {

    @Override
    public String getDescription() {
        return "modeled accelerator cycles, GOP/s and GOP/J for the benchmark's operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        Modeled.drain();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        Modeled.Figures figures = Modeled.drain();
        if (figures == null) {
            return List.of();
        }
        return List.of(
                new ScalarResult("model.cycles", figures.cycles(), "cycles/op", AggregationPolicy.AVG),
                new ScalarResult("model.gops_per_s", figures.gopsPerS(), "GOP/s", AggregationPolicy.AVG),
                new ScalarResult("model.gops_per_j", figures.gopsPerJ(), "GOP/J", AggregationPolicy.AVG),
                new ScalarResult("model.energy_pj", figures.energyPj(), "pJ/op", AggregationPolicy.AVG));
    }
}

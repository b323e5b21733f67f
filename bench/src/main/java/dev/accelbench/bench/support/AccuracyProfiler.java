package dev.accelbench.bench.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Reports what benchmarks recorded with {@link Accuracy} as secondary results, averaged over the
 * iterations (they are per-run figures, not counts). The suite's launcher adds it to every run;
 * with JMH's own main use {@code -prof dev.accelbench.bench.support.AccuracyProfiler}.
 */
@SuppressWarnings("rawtypes") // JMH's Result is generic in name only; its profiler API uses it raw
public final class AccuracyProfiler implements InternalProfiler {

    @Override
    public String getDescription() {
        return "accuracy of the benchmark's own output (relative error against a float64 reference)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        Accuracy.drain();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, Double> figure : Accuracy.drain().entrySet()) {
            results.add(new ScalarResult(figure.getKey(), figure.getValue(), "ratio", AggregationPolicy.AVG));
        }
        return results;
    }
}

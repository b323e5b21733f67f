package dev.accelbench.reports.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a comparison found, ready to be rendered.
 *
 * @param baselineFile  the baseline results
 * @param candidateFile the candidate results
 * @param baselineCommit  git commit of the baseline run, when its sidecar recorded one
 * @param candidateCommit git commit of the candidate run, when its sidecar recorded one
 * @param settings      threshold, alpha, resamples and seed used
 * @param benchmarks    one entry per benchmark key: baseline order, then new ones in candidate order
 * @param metrics       the deterministic secondary metrics compared exactly
 * @param warnings      environment differences and other caveats, one sentence each
 */
public record ComparisonReport(Path baselineFile, Path candidateFile, Optional<String> baselineCommit,
                               Optional<String> candidateCommit, ComparisonSettings settings,
                               List<BenchmarkComparison> benchmarks, List<MetricComparison> metrics,
                               List<String> warnings) {

    public ComparisonReport {
        benchmarks = List.copyOf(benchmarks);
        metrics = List.copyOf(metrics);
        warnings = List.copyOf(warnings);
    }

    public long count(Verdict verdict) {
        return benchmarks.stream().filter(b -> b.verdict() == verdict).count();
    }

    /** True when a benchmark is significantly slower beyond the threshold: the gate fails. */
    public boolean hasRegression() {
        return count(Verdict.SLOWER) > 0;
    }

    public List<MetricComparison> changedMetrics() {
        return metrics.stream().filter(MetricComparison::changed).toList();
    }
}

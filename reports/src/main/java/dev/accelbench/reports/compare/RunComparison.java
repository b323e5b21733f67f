package dev.accelbench.reports.compare;

import dev.accelbench.reports.jmh.JmhResult;
import dev.accelbench.reports.jmh.MetricNames;
import dev.accelbench.reports.jmh.ResultFileException;
import dev.accelbench.reports.jmh.ResultSet;
import dev.accelbench.reports.jmh.RunEnvironment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Compares a candidate run with a baseline run: matches entries by {@link BenchmarkKey}, asks the
 * {@link Classifier} for each verdict, compares {@link DeterministicMetrics} exactly, and collects
 * the {@link EnvironmentCheck} warnings and the caveats of the data.
 */
public final class RunComparison {

    private final ComparisonSettings settings;

    public RunComparison(ComparisonSettings settings) {
        this.settings = settings;
    }

    public ComparisonReport compare(ResultSet baseline, ResultSet candidate) {
        Map<BenchmarkKey, JmhResult> base = index(baseline);
        Map<BenchmarkKey, JmhResult> cand = index(candidate);
        Classifier classifier = new Classifier(settings);
        List<BenchmarkComparison> benchmarks = new ArrayList<>();
        List<MetricComparison> metrics = new ArrayList<>();
        Map<String, int[]> onlyInOneRun = new TreeMap<>();
        int singleFork = 0;
        boolean sameEnvironment = EnvironmentCheck.sameForAccuracy(baseline, candidate);
        int accuracySkipped = 0;
        for (Map.Entry<BenchmarkKey, JmhResult> entry : base.entrySet()) {
            JmhResult other = cand.get(entry.getKey());
            if (other == null) {
                benchmarks.add(classifier.missing(entry.getValue()));
                continue;
            }
            benchmarks.add(classifier.compare(entry.getValue(), other));
            metrics.addAll(DeterministicMetrics.compare(entry.getValue(), other, sameEnvironment));
            if (!sameEnvironment && entry.getValue().secondary().keySet().stream()
                    .anyMatch(name -> MetricNames.isAccuracy(name) && other.secondary().containsKey(name))) {
                accuracySkipped++;
            }
            countUnmatchedMetrics(entry.getValue(), other, onlyInOneRun);
            if (entry.getValue().primary().forkCount() == 1 || other.primary().forkCount() == 1) {
                singleFork++;
            }
        }
        cand.forEach((key, result) -> {
            if (!base.containsKey(key)) {
                benchmarks.add(classifier.added(result));
            }
        });
        List<String> warnings = new ArrayList<>(EnvironmentCheck.warnings(baseline, candidate));
        if (singleFork > 0) {
            warnings.add(singleFork + (singleFork == 1 ? " comparison rests" : " comparisons rest")
                    + " on a single-fork run, which cannot show fork-to-fork variation (JIT decisions and memory"
                    + " layout differ per fork): run both sides with -f 3 or more before trusting a verdict");
        }
        if (accuracySkipped > 0) {
            warnings.add("accuracy figures (secondary metrics named like error, ulp or sqnr) of " + accuracySkipped
                    + (accuracySkipped == 1 ? " benchmark are" : " benchmarks are") + " not compared: the runs do not"
                    + " share CPU model, JDK and vector width, or an environment sidecar is missing");
        }
        onlyInOneRun.forEach((metric, counts) -> {
            for (int side = 0; side < 2; side++) {
                if (counts[side] > 0) {
                    warnings.add("secondary metric " + metric + " is only in the " + (side == 0 ? "baseline" : "candidate")
                            + " for " + counts[side] + (counts[side] == 1 ? " benchmark" : " benchmarks")
                            + " (different profilers?); not compared");
                }
            }
        });
        return new ComparisonReport(baseline.file(), candidate.file(), commit(baseline), commit(candidate), settings,
                benchmarks, metrics, warnings);
    }

    // JMH's GC profiler reports gc.time only in iterations with a collection: its absence means nothing.
    private static void countUnmatchedMetrics(JmhResult base, JmhResult cand, Map<String, int[]> counts) {
        base.secondary().keySet().stream().filter(name -> !cand.secondary().containsKey(name) && !name.equals("gc.time"))
                .forEach(name -> counts.computeIfAbsent(name, n -> new int[2])[0]++);
        cand.secondary().keySet().stream().filter(name -> !base.secondary().containsKey(name) && !name.equals("gc.time"))
                .forEach(name -> counts.computeIfAbsent(name, n -> new int[2])[1]++);
    }

    private static Map<BenchmarkKey, JmhResult> index(ResultSet run) {
        Map<BenchmarkKey, JmhResult> byKey = new LinkedHashMap<>();
        for (JmhResult result : run.results()) {
            if (byKey.putIfAbsent(BenchmarkKey.of(result), result) != null) {
                throw new ResultFileException(run.file(), "benchmark " + BenchmarkKey.of(result)
                        + " appears twice; a comparison needs one entry per benchmark, mode and parameters");
            }
        }
        return byKey;
    }

    private static Optional<String> commit(ResultSet run) {
        return run.environment().flatMap(RunEnvironment::gitCommit);
    }
}

package dev.accelbench.reports.html;

import dev.accelbench.reports.jmh.JmhResult;
import dev.accelbench.reports.jmh.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report shows: the runs (one per results file, with its environment) and their results
 * merged and grouped by benchmark class. Results are never averaged across runs: the same
 * benchmark at the same point in two files appears twice, labelled with its run, because two
 * runs may come from different machines or commits.
 */
public record ReportModel(List<ReportRun> runs, List<BenchmarkClass> classes) {

    public ReportModel {
        runs = List.copyOf(runs);
        classes = List.copyOf(classes);
    }

    /**
     * Merges result sets in the given order.
     *
     * @throws IllegalArgumentException when there are no result sets, or no results at all
     *                                  (files holding an empty array), since an empty report would
     *                                  look like a successful run
     */
    public static ReportModel of(List<ResultSet> resultSets) {
        if (resultSets.isEmpty()) {
            throw new IllegalArgumentException("no results files given");
        }
        List<ReportRun> runs = new ArrayList<>();
        Map<String, List<ReportEntry>> byClass = new LinkedHashMap<>();
        for (ResultSet set : resultSets) {
            ReportRun run = new ReportRun(runs.size() + 1, set.file(), set.environment());
            runs.add(run);
            for (JmhResult result : set.results()) {
                BenchmarkName name = BenchmarkName.parse(result.benchmark());
                byClass.computeIfAbsent(name.qualifiedClass(), k -> new ArrayList<>())
                        .add(new ReportEntry(run, name, result));
            }
        }
        if (byClass.isEmpty()) {
            throw new IllegalArgumentException((runs.size() == 1 ? runs.getFirst().file() + ": " : "")
                    + "no benchmark results (the JSON array is empty): nothing to report");
        }
        List<BenchmarkClass> classes = byClass.values().stream()
                .map(entries -> new BenchmarkClass(entries.getFirst().name().qualifiedClass(),
                        entries.getFirst().name().className(), entries))
                .toList();
        return new ReportModel(runs, classes);
    }

    /** True when the report merges several files, so rows and chart series need a run label. */
    public boolean multipleRuns() {
        return runs.size() > 1;
    }

    public List<ReportEntry> entries() {
        return classes.stream().flatMap(c -> c.entries().stream()).toList();
    }
}

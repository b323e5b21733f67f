package dev.accelbench.reports.html;

import dev.accelbench.reports.jmh.MetricNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The results of one benchmark class, from every run of the report: the unit of a report section,
 * a table and its charts.
 *
 * @param qualifiedName  e.g. {@code dev.accelbench.bench.blas.DotBenchmark}
 * @param simpleName     e.g. {@code DotBenchmark}
 * @param entries        in run order, then file order
 */
public record BenchmarkClass(String qualifiedName, String simpleName, List<ReportEntry> entries) {

    public BenchmarkClass {
        entries = List.copyOf(entries);
    }

    /** Every {@code @Param} name that occurs, in the order first seen. */
    public List<String> paramNames() {
        Set<String> names = new LinkedHashSet<>();
        entries.forEach(e -> names.addAll(e.result().params().keySet()));
        return new ArrayList<>(names);
    }

    /** Every secondary metric name that occurs (without JMH's {@code ·} prefix), in the order first seen. */
    public List<String> secondaryNames() {
        Set<String> names = new LinkedHashSet<>();
        entries.forEach(e -> e.result().secondary().keySet().forEach(n -> names.add(MetricNames.bare(n))));
        return new ArrayList<>(names);
    }

    public boolean hasMethod(String method) {
        return entries.stream().anyMatch(e -> e.name().method().equals(method));
    }
}

package dev.accelbench.reports.html;

import dev.accelbench.reports.jmh.MetricNames;
import dev.accelbench.reports.jmh.JmhResult;
import dev.accelbench.reports.jmh.Metric;
import java.util.Optional;

/**
 * One JMH result in a report: which run it came from and its name split into class and method.
 */
public record ReportEntry(ReportRun run, BenchmarkName name, JmhResult result) {

    /**
     * The secondary metric called {@code metricName}, whichever way the JSON spells it: JMH has
     * written secondary names bare ({@code flops}) and with a leading {@code ·} or {@code :}.
     */
    public Optional<Metric> secondary(String metricName) {
        return result.secondary().entrySet().stream()
                .filter(e -> MetricNames.bare(e.getKey()).equals(metricName))
                .map(java.util.Map.Entry::getValue)
                .findFirst();
    }

    /** The parameter values, with a short label for a chart axis: {@code n=4096}, or "(none)". */
    public String paramsLabel() {
        String text = result.paramsText();
        return text.isEmpty() ? "(no params)" : text;
    }
}

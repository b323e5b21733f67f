package dev.accelbench.reports.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Renders a {@link ComparisonReport} as aligned plain-text columns for a terminal. */
public final class ComparisonTable {

    private ComparisonTable() {
    }

    public static String render(ComparisonReport report) {
        UnaryOperator<String> shorten = BenchmarkNames.shortener(
                report.benchmarks().stream().map(b -> b.key().benchmark()).toList());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"benchmark", "params", "mode", "baseline", "candidate",
                "ratio [" + Numbers.percent(report.settings().confidence()) + " CI]", "verdict"});
        for (BenchmarkComparison b : report.benchmarks()) {
            rows.add(new String[] {shorten.apply(b.key().benchmark()), b.key().paramsText(), b.key().mode().label(),
                    b.baseline().map(s -> Numbers.scoreWithError(s.score(), s.scoreError(), s.unit())).orElse("-"),
                    b.candidate().map(s -> Numbers.scoreWithError(s.score(), s.scoreError(), s.unit())).orElse("-"),
                    b.ratio().map(r -> Numbers.ratio(r.ratio()) + " [" + Numbers.ratio(r.lower()) + ", "
                            + Numbers.ratio(r.upper()) + "]").orElse("-"),
                    b.verdict().name()});
        }
        StringBuilder out = new StringBuilder(align(rows));
        out.append('\n').append(ComparisonMarkdown.summary(report).replace("**", "")).append('\n');
        for (BenchmarkComparison b : report.benchmarks()) {
            if (b.verdict() == Verdict.INCONCLUSIVE) {
                out.append("inconclusive: ").append(b.key()).append(": ").append(b.reason()).append('\n');
            }
        }
        out.append(report.metrics().size()).append(" deterministic metrics compared exactly, ")
                .append(report.changedMetrics().size()).append(" changed\n");
        for (MetricComparison m : report.changedMetrics()) {
            out.append("changed: ").append(m.key()).append(' ').append(m.metric()).append(": ")
                    .append(Numbers.score(m.baseline())).append(" -> ").append(Numbers.score(m.candidate()))
                    .append(' ').append(m.unit()).append(" (").append(m.note()).append(")\n");
        }
        report.warnings().forEach(w -> out.append("warning: ").append(w).append('\n'));
        return out.toString();
    }

    private static String align(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        rows.forEach(row -> {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(c == 0 ? "" : "  ").append(row[c]).append(" ".repeat(widths[c] - row[c].length()));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}

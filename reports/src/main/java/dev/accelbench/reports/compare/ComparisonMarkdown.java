package dev.accelbench.reports.compare;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Renders a {@link ComparisonReport} as Markdown for a pull-request comment: a summary line, one
 * table row per benchmark (benchmark, params, mode, baseline, candidate, ratio with its interval,
 * verdict), the reasons behind inconclusive verdicts, changed deterministic metrics, and warnings.
 */
public final class ComparisonMarkdown {

    private ComparisonMarkdown() {
    }

    public static String render(ComparisonReport report) {
        StringBuilder md = new StringBuilder();
        ComparisonSettings settings = report.settings();
        String level = Numbers.percent(settings.confidence());
        md.append("## Benchmark comparison\n\n");
        md.append("Baseline `").append(report.baselineFile()).append('`').append(commit(report.baselineCommit()))
                .append(", candidate `").append(report.candidateFile()).append('`')
                .append(commit(report.candidateCommit())).append(".\n");
        md.append("Threshold ").append(Numbers.percent(settings.threshold())).append(", ").append(level)
                .append(" confidence intervals of candidate/baseline from a hierarchical bootstrap (forks, then"
                        + " iterations; ").append(String.format(java.util.Locale.ROOT, "%,d", settings.resamples()))
                .append(" resamples).\n\n");
        md.append(summary(report)).append("\n\n");
        UnaryOperator<String> shorten = BenchmarkNames.shortener(
                report.benchmarks().stream().map(b -> b.key().benchmark()).toList());
        if (!report.benchmarks().isEmpty()) {
            md.append("| benchmark | params | mode | baseline | candidate | ratio (").append(level)
                    .append(" CI) | verdict |\n");
            md.append("| --- | --- | --- | ---: | ---: | ---: | --- |\n");
            for (BenchmarkComparison b : report.benchmarks()) {
                md.append("| ").append(cell(shorten.apply(b.key().benchmark())))
                        .append(" | ").append(cell(b.key().paramsText()))
                        .append(" | ").append(b.key().mode().label())
                        .append(" | ").append(cell(side(b.baseline())))
                        .append(" | ").append(cell(side(b.candidate())))
                        .append(" | ").append(ratio(b))
                        .append(" | ").append(verdict(b.verdict()))
                        .append(" |\n");
            }
            md.append('\n');
        }
        List<BenchmarkComparison> inconclusive = report.benchmarks().stream()
                .filter(b -> b.verdict() == Verdict.INCONCLUSIVE).toList();
        if (!inconclusive.isEmpty()) {
            md.append("### Why inconclusive\n\n");
            inconclusive.forEach(b -> md.append("- ").append(name(shorten, b.key())).append(": ").append(b.reason())
                    .append('\n'));
            md.append('\n');
        }
        metrics(md, report, shorten);
        if (!report.warnings().isEmpty()) {
            md.append("### Warnings\n\n");
            report.warnings().forEach(w -> md.append("- ").append(w).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    static String summary(ComparisonReport report) {
        StringBuilder line = new StringBuilder();
        for (Verdict verdict : Verdict.values()) {
            long n = report.count(verdict);
            String part = n + " " + verdict.label();
            line.append(line.isEmpty() ? "" : " · ")
                    .append(verdict == Verdict.SLOWER && n > 0 ? "**" + part + "**" : part);
        }
        return line.toString();
    }

    private static void metrics(StringBuilder md, ComparisonReport report, UnaryOperator<String> shorten) {
        if (report.metrics().isEmpty()) {
            return;
        }
        List<MetricComparison> changed = report.changedMetrics();
        md.append("### Deterministic metrics\n\n");
        md.append(report.metrics().size()).append(" compared exactly, ").append(changed.size())
                .append(" changed.\n\n");
        if (changed.isEmpty()) {
            return;
        }
        md.append("| benchmark | params | metric | baseline | candidate | change |\n");
        md.append("| --- | --- | --- | ---: | ---: | --- |\n");
        for (MetricComparison m : changed) {
            md.append("| ").append(cell(shorten.apply(m.key().benchmark())))
                    .append(" | ").append(cell(m.key().paramsText()))
                    .append(" | ").append(cell(m.metric()))
                    .append(" | ").append(cell(Numbers.score(m.baseline()) + " " + m.unit()))
                    .append(" | ").append(cell(Numbers.score(m.candidate()) + " " + m.unit()))
                    .append(" | ").append(cell(m.note()))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static String name(UnaryOperator<String> shorten, BenchmarkKey key) {
        return "`" + shorten.apply(key.benchmark()) + "`" + (key.params().isEmpty() ? "" : " {" + key.paramsText() + "}")
                + " (" + key.mode().label() + ")";
    }

    private static String side(Optional<RunSummary> summary) {
        return summary.map(s -> Numbers.scoreWithError(s.score(), s.scoreError(), s.unit())).orElse("—");
    }

    private static String ratio(BenchmarkComparison b) {
        return b.ratio().map(r -> Numbers.ratio(r.ratio()) + " [" + Numbers.ratio(r.lower()) + ", "
                + Numbers.ratio(r.upper()) + "] (" + Numbers.change(r.ratio()) + ")").orElse("—");
    }

    private static String verdict(Verdict verdict) {
        return verdict == Verdict.SLOWER ? "**SLOWER**" : verdict.label();
    }

    private static String commit(Optional<String> commit) {
        return commit.map(c -> " (" + c.substring(0, Math.min(12, c.length()))
                + (c.endsWith("-dirty") && c.length() > 12 ? "-dirty" : "") + ")").orElse("");
    }

    /** Table cells may not contain pipes or line breaks. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}

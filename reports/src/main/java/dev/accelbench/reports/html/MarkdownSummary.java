package dev.accelbench.reports.html;

import java.util.List;

/**
 * The Markdown summary: each run's environment, then one table per benchmark class with the
 * method, parameters, mode, score ± error with its unit and the secondary metrics (work counters
 * as GFLOP/s and GB/s). Fit for a pull-request comment or a commit to the repository.
 */
public final class MarkdownSummary {

    private MarkdownSummary() {
    }

    public static String render(ReportModel model) {
        StringBuilder md = new StringBuilder(8 * 1024);
        md.append("# accelbench results\n\n");
        for (ReportRun run : model.runs()) {
            md.append("## ").append(model.multipleRuns() ? capitalized(run.label()) + ": " : "Environment: ")
                    .append('`').append(run.file()).append("`\n\n");
            for (EnvironmentFacts.Fact fact : EnvironmentFacts.of(run)) {
                if (!fact.label().equals("results")) {
                    md.append("- ").append(fact.label()).append(": ").append(escape(fact.value())).append('\n');
                }
            }
            md.append('\n');
        }
        md.append("Scores are in JMH's units (± its 99.9% confidence half-width); `flops` and `bytes` are the kernels' "
                + "own work counts as rates, in GFLOP/s and GB/s.\n");
        for (BenchmarkClass benchmarkClass : model.classes()) {
            md.append("\n## ").append(benchmarkClass.simpleName()).append("\n\n`")
                    .append(benchmarkClass.qualifiedName()).append("`\n\n");
            table(md, ResultTable.of(benchmarkClass, model.multipleRuns()));
        }
        return md.toString();
    }

    private static void table(StringBuilder md, ResultTable table) {
        row(md, table.headers());
        md.append('|');
        for (int i = 0; i < table.headers().size(); i++) {
            md.append(" --- |");
        }
        md.append('\n');
        for (List<ResultTable.Cell> cells : table.rows()) {
            row(md, cells.stream().map(ResultTable.Cell::text).toList());
        }
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        cells.forEach(cell -> md.append(' ').append(escape(cell)).append(" |"));
        md.append('\n');
    }

    /** A pipe would end the cell, a newline the row. */
    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

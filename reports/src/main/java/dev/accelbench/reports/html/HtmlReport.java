package dev.accelbench.reports.html;

import java.util.List;

/**
 * Renders the self-contained HTML report: the environment of every run at the top, a note on
 * units, the host's roofline, a section per benchmark class (charts, then a sortable table) and
 * the accuracy-vs-speed charts. CSS, JavaScript and SVG are inline, so the file opens from disk
 * with no network; the output depends only on its input (no timestamps), so two reports of the
 * same results are identical.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static String render(ReportModel model, ReportCharts charts) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>accelbench report</title>\n<style>\n").append(Html.asset("report.css"))
                .append("</style>\n</head>\n<body>\n");
        header(html, model);
        environments(html, model);
        units(html);
        contents(html, model);
        html.append("<section id=\"host\">\n<h2>Host roofline</h2>\n");
        charts.roofline().forEach(chart -> chart(html, chart));
        html.append("</section>\n");
        for (int i = 0; i < model.classes().size(); i++) {
            benchmarkClass(html, i, model.classes().get(i), charts.perClass().get(i), model.multipleRuns());
        }
        html.append("<section id=\"modeled\">\n<h2>Host vs modeled accelerator</h2>\n");
        charts.modeled().forEach(chart -> chart(html, chart));
        html.append("</section>\n");
        html.append("<section id=\"accuracy\">\n<h2>Accuracy vs speed</h2>\n");
        charts.accuracy().forEach(chart -> chart(html, chart));
        html.append("</section>\n<script>\n").append(Html.asset("sort.js")).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void header(StringBuilder html, ReportModel model) {
        int results = model.entries().size();
        html.append("<header>\n<h1>accelbench report</h1>\n<p class=\"lead\">")
                .append(results).append(results == 1 ? " result" : " results").append(" of ")
                .append(model.classes().size()).append(model.classes().size() == 1 ? " benchmark class" : " benchmark classes")
                .append(" from ").append(model.runs().size()).append(model.runs().size() == 1 ? " file" : " files")
                .append(model.multipleRuns() ? ", merged; rows and series are labelled with their run" : "")
                .append(".</p>\n</header>\n");
    }

    private static void environments(StringBuilder html, ReportModel model) {
        html.append("<section id=\"environment\">\n<h2>Environment</h2>\n<div class=\"runs\">\n");
        for (ReportRun run : model.runs()) {
            html.append("<div class=\"env\">\n<h3>").append(Html.escape(run.label())).append("</h3>\n<dl>\n");
            for (EnvironmentFacts.Fact fact : EnvironmentFacts.of(run)) {
                html.append("<dt>").append(Html.escape(fact.label())).append("</dt><dd>")
                        .append(Html.escape(fact.value())).append("</dd>\n");
            }
            html.append("</dl>\n</div>\n");
        }
        html.append("</div>\n</section>\n");
    }

    private static void units(StringBuilder html) {
        html.append("<div class=\"units\">\n")
                .append("<p><b>Reading the numbers.</b> Scores are in JMH's units: <code>ops/ns</code> is kernel calls per "
                        + "nanosecond (higher is better), <code>ns/op</code> time per call (lower is better). "
                        + "± is JMH's 99.9% confidence half-width.</p>\n")
                .append("<p>The <code>flops</code> and <code>bytes</code> columns are the kernels' own counts of "
                        + "floating-point operations and bytes moved, as rates: <b>GFLOP/s</b> and <b>GB/s</b> "
                        + "(1 op/ns = 10<sup>9</sup>/s). Compare kernels across sizes by these.</p>\n")
                .append("</div>\n");
    }

    private static void contents(StringBuilder html, ReportModel model) {
        html.append("<nav>\n<h2>Benchmarks</h2>\n<ul>\n");
        for (int i = 0; i < model.classes().size(); i++) {
            html.append("<li><a href=\"#").append(anchor(i)).append("\">")
                    .append(Html.escape(model.classes().get(i).simpleName())).append("</a></li>\n");
        }
        html.append("<li><a href=\"#host\">Host roofline</a></li>\n<li><a href=\"#modeled\">Host vs modeled accelerator</a></li>\n"
                + "<li><a href=\"#accuracy\">Accuracy vs speed</a></li>\n")
                .append("</ul>\n</nav>\n");
    }

    private static void benchmarkClass(StringBuilder html, int index, BenchmarkClass benchmarkClass,
                                       List<ChartSection> charts, boolean multipleRuns) {
        html.append("<section id=\"").append(anchor(index)).append("\" class=\"benchmark\">\n<h2>")
                .append(Html.escape(benchmarkClass.simpleName())).append("</h2>\n<p class=\"qualified\"><code>")
                .append(Html.escape(benchmarkClass.qualifiedName())).append("</code></p>\n");
        charts.forEach(chart -> chart(html, chart));
        table(html, ResultTable.of(benchmarkClass, multipleRuns));
        html.append("</section>\n");
    }

    private static void chart(StringBuilder html, ChartSection chart) {
        if (chart.svg().isEmpty()) {
            html.append("<div class=\"omitted\">\n<h3>").append(Html.escape(chart.title())).append("</h3>\n<p class=\"note\">")
                    .append(Html.escape(chart.note())).append("</p>\n</div>\n");
            return;
        }
        html.append("<figure>\n<figcaption><h3>").append(Html.escape(chart.title())).append("</h3></figcaption>\n")
                .append(chart.svg().get()).append("\n<p class=\"note\">").append(Html.escape(chart.note()))
                .append("</p>\n</figure>\n");
    }

    private static void table(StringBuilder html, ResultTable table) {
        html.append("<div class=\"table-wrap\">\n<table class=\"sortable\">\n<thead><tr>");
        for (String header : table.headers()) {
            html.append("<th scope=\"col\">").append(Html.escape(header)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<ResultTable.Cell> row : table.rows()) {
            html.append("<tr>");
            for (ResultTable.Cell cell : row) {
                html.append(cell.sortKey().isPresent()
                        ? "<td class=\"num\" data-sort=\"" + cell.sortKey().get() + "\">" : "<td>");
                html.append(Html.escape(cell.text())).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n");
    }

    private static String anchor(int index) {
        return "benchmark-" + (index + 1);
    }
}

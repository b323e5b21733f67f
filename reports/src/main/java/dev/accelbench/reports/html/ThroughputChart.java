package dev.accelbench.reports.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * The primary score of every method of a benchmark class at every parameter point, as grouped
 * bars (one group per parameter point, one bar per method) with JMH's 99.9% error as error bars.
 * Results in different modes or units get a chart each, since they share no axis.
 */
final class ThroughputChart {

    private ThroughputChart() {
    }

    static List<ChartSection> of(BenchmarkClass benchmarkClass, boolean multipleRuns, SvgCanvas canvas) {
        Map<String, List<ReportEntry>> byAxis = new LinkedHashMap<>();
        for (ReportEntry entry : benchmarkClass.entries()) {
            byAxis.computeIfAbsent(entry.result().mode().label() + " " + entry.result().primary().unit(),
                    k -> new ArrayList<>()).add(entry);
        }
        List<ChartSection> charts = new ArrayList<>();
        for (List<ReportEntry> entries : byAxis.values()) {
            charts.add(chart(benchmarkClass.simpleName(), entries, multipleRuns, canvas));
        }
        return charts;
    }

    private static ChartSection chart(String className, List<ReportEntry> entries, boolean multipleRuns,
                                      SvgCanvas canvas) {
        ReportEntry first = entries.getFirst();
        String unit = first.result().primary().unit();
        String mode = first.result().mode().label();
        String title = className + ": score per method and parameters (" + mode + ", " + unit + ")";
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (ReportEntry entry : entries) {
            double score = entry.result().primary().score();
            if (score > 0 && Double.isFinite(score)) {
                min = Math.min(min, score);
                max = Math.max(max, score);
            }
        }
        if (max == 0) {
            return ChartSection.omitted(title, "No positive, finite scores to draw.");
        }
        ValueAxis valueAxis = ChartStyle.valueAxis("score (" + unit + ")", min, max);
        boolean log = valueAxis instanceof LogAxis;
        DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
        int skipped = 0;
        int cut = 0;
        for (ReportEntry entry : entries) {
            double score = entry.result().primary().score();
            double error = entry.result().primary().scoreError();
            if (!(score > 0) || !Double.isFinite(score)) {
                skipped++;
                continue;
            }
            Double bar = Double.isFinite(error) ? error : null;
            if (log && bar != null && bar >= score) {
                // log(score - error) does not exist; an error bar just short of zero runs off the
                // bottom of the plot, which is where a log axis puts zero.
                bar = score * (1 - 1e-9);
                cut++;
            }
            String series = entry.name().method() + (multipleRuns ? " (" + entry.run().label() + ")" : "");
            dataset.add((Number) score, bar, series, entry.paramsLabel());
        }
        CategoryAxis categoryAxis = new CategoryAxis("parameters");
        long longest = 0;
        for (Object column : dataset.getColumnKeys()) {
            longest = Math.max(longest, column.toString().length());
        }
        // Labels wrap onto two lines first; only when even that cannot fit are they turned.
        boolean turned = dataset.getColumnCount() * longest > 220;
        if (turned) {
            categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        categoryAxis.setMaximumCategoryLabelLines(2);
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setItemMargin(0.05);
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        StringBuilder note = new StringBuilder(mode.equals("thrpt") ? "Higher is better. " : "Lower is better. ")
                .append("Error bars: JMH's 99.9% confidence half-width (none where a run had too few iterations).");
        if (log) {
            note.append(" The axis is logarithmic because the scores span more than ")
                    .append((int) ChartStyle.LOG_SPAN).append("×.");
        }
        if (cut > 0) {
            note.append(" ").append(cut).append(cut == 1 ? " error bar reaches" : " error bars reach")
                    .append(" zero and ").append(cut == 1 ? "runs" : "run")
                    .append(" off the bottom of the log axis; the table has the values.");
        }
        if (skipped > 0) {
            note.append(" ").append(skipped).append(" result(s) without a positive score are not drawn.");
        }
        return ChartSection.drawn(title, canvas.draw(chart, SvgCanvas.WIDTH, SvgCanvas.HEIGHT + (turned ? 160 : 0)),
                note.toString());
    }
}

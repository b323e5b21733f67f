package dev.accelbench.reports.html;

import dev.accelbench.reports.jmh.MetricNames;
import dev.accelbench.reports.jmh.Metric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Accuracy against speed for results that report an accuracy figure as a secondary metric
 * ({@link MetricNames#isAccuracy}): one scatter per accuracy metric and score unit, the score on
 * x and the error on y, one series per benchmark method. The better kernels sit towards the fast,
 * accurate corner, which depends on the mode (see the note).
 */
final class AccuracyChart {

    static final String TITLE = "Accuracy vs speed";

    private AccuracyChart() {
    }

    /** A point: the result and the value of its accuracy metric. */
    private record Point(ReportEntry entry, double error) {
    }

    /** What one scatter plots: an accuracy metric against the score, each in one unit. */
    private record Axes(String metric, String metricUnit, String mode, String scoreUnit) {

        String title() {
            return TITLE + ": " + metric + " (" + metricUnit + ") against the " + mode + " score (" + scoreUnit + ")";
        }
    }

    static List<ChartSection> of(ReportModel model, SvgCanvas canvas) {
        Map<Axes, List<Point>> byAxes = new LinkedHashMap<>();
        for (ReportEntry entry : model.entries()) {
            double score = entry.result().primary().score();
            for (Map.Entry<String, Metric> metric : entry.result().secondary().entrySet()) {
                double error = metric.getValue().score();
                if (MetricNames.isAccuracy(metric.getKey()) && Double.isFinite(error) && Double.isFinite(score)) {
                    Axes axes = new Axes(MetricNames.bare(metric.getKey()), metric.getValue().unit(),
                            entry.result().mode().label(), entry.result().primary().unit());
                    byAxes.computeIfAbsent(axes, k -> new ArrayList<>()).add(new Point(entry, error));
                }
            }
        }
        if (byAxes.isEmpty()) {
            return List.of(ChartSection.omitted(TITLE, "No result carries an accuracy metric (a secondary metric "
                    + "named like error, rel_err or ulps), so there is nothing to plot against speed. Benchmarks "
                    + "that report their error beside their score will appear here."));
        }
        List<ChartSection> charts = new ArrayList<>();
        byAxes.forEach((axes, points) -> charts.add(chart(axes, points, model.multipleRuns(), canvas)));
        return charts;
    }

    private static ChartSection chart(Axes axes, List<Point> points, boolean multipleRuns, SvgCanvas canvas) {
        ReportEntry first = points.getFirst().entry();
        XYSeriesCollection dataset = new XYSeriesCollection();
        Map<String, XYSeries> series = new LinkedHashMap<>();
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point point : points) {
            ReportEntry entry = point.entry();
            String name = entry.name().className() + "." + entry.name().method()
                    + (multipleRuns ? " (" + entry.run().label() + ")" : "");
            double score = entry.result().primary().score();
            series.computeIfAbsent(name, n -> new XYSeries(n, false)).add(score, point.error());
            minX = Math.min(minX, score);
            maxX = Math.max(maxX, score);
            minY = Math.min(minY, point.error());
            maxY = Math.max(maxY, point.error());
        }
        series.values().forEach(dataset::addSeries);
        ValueAxis x = ChartStyle.valueAxis("score (" + axes.scoreUnit() + ")", minX, maxX);
        ValueAxis y = ChartStyle.valueAxis(axes.metric() + " (" + axes.metricUnit() + ")", minY, maxY);
        XYPlot plot = new XYPlot(dataset, x, y, new XYLineAndShapeRenderer(false, true));
        JFreeChart chart = ChartStyle.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        String better = first.result().mode().higherIsBetter() ? "right" : "left";
        return ChartSection.drawn(axes.title(), canvas.draw(chart),
                points.size() + " result(s). Faster is to the " + better + ", more accurate is lower: the best "
                        + "trade-offs lie towards the lower " + better + ".");
    }
}

package dev.accelbench.reports.html;

import java.awt.BasicStroke;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * For a class with an {@code arraycopy} method (the suite's bandwidth baseline: copying the same
 * array the kernel reads), every other method's speed relative to it at the same parameters and
 * in the same run: 1.0 means the kernel runs as fast as copying its input. Bars, one group per
 * parameter point.
 */
final class BaselineChart {

    static final String BASELINE = "arraycopy";

    private BaselineChart() {
    }

    static Optional<ChartSection> of(BenchmarkClass benchmarkClass, boolean multipleRuns, SvgCanvas canvas) {
        if (!benchmarkClass.hasMethod(BASELINE)) {
            return Optional.empty();
        }
        String title = benchmarkClass.simpleName() + ": speed relative to System.arraycopy of the same data";
        Map<PointKey, ReportEntry> baselines = new HashMap<>();
        for (ReportEntry entry : benchmarkClass.entries()) {
            if (entry.name().method().equals(BASELINE)) {
                baselines.put(PointKey.of(entry), entry);
            }
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        double largest = 0;
        for (ReportEntry entry : benchmarkClass.entries()) {
            ReportEntry baseline = baselines.get(PointKey.of(entry));
            if (entry.name().method().equals(BASELINE) || baseline == null) {
                continue;
            }
            double ratio = relativeSpeed(entry, baseline);
            if (Double.isFinite(ratio)) {
                String point = entry.paramsLabel() + (multipleRuns ? " (" + entry.run().label() + ")" : "");
                dataset.addValue(ratio, entry.name().method(), point);
                largest = Math.max(largest, ratio);
            }
        }
        if (dataset.getRowCount() == 0) {
            return Optional.of(ChartSection.omitted(title, "No method ran at the same parameters as arraycopy "
                    + "in the same run and mode with finite, positive scores, so there is nothing to divide by."));
        }
        NumberAxis valueAxis = new NumberAxis("speed relative to arraycopy (1 = as fast as the copy)");
        valueAxis.setNumberFormatOverride(new ChartStyle.SignificantFormat());
        // Always show the 1.0 line, and leave room for the value labels at the bars' ends.
        valueAxis.setRange(0, Math.max(1, largest) * 1.15);
        BarRenderer renderer = new BarRenderer();
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}×",
                new ChartStyle.SignificantFormat()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemMargin(0.05);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis("parameters"), valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        ValueMarker copy = new ValueMarker(1.0, ChartStyle.TEXT, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        copy.setLabel(BASELINE);
        copy.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        copy.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addRangeMarker(copy);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        int height = Math.max(260, Math.min(900, 120 + 22 * dataset.getRowCount() * dataset.getColumnCount()));
        return Optional.of(ChartSection.drawn(title, canvas.draw(chart, SvgCanvas.WIDTH, height),
                "Each bar is the method's score divided by arraycopy's at the same parameters in the same run "
                        + "(for time modes, arraycopy's time divided by the method's), so higher is faster and "
                        + "1 is the speed of copying the array. Memory-bound kernels cannot beat it by much."));
    }

    /** How many times faster than the baseline {@code entry} runs, whatever the mode. */
    static double relativeSpeed(ReportEntry entry, ReportEntry baseline) {
        double score = entry.result().primary().score();
        double base = baseline.result().primary().score();
        if (!(score > 0) || !(base > 0)) {
            return Double.NaN;
        }
        return entry.result().mode().higherIsBetter() ? score / base : base / score;
    }

    /** Which results can be divided by each other: same run, mode, unit and parameter values. */
    private record PointKey(int run, String mode, String unit, Map<String, String> params) {

        static PointKey of(ReportEntry entry) {
            return new PointKey(entry.run().number(), entry.result().mode().label(),
                    entry.result().primary().unit(), entry.result().params());
        }
    }

}

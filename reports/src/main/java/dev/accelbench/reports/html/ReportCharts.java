package dev.accelbench.reports.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Every chart of a report, drawn once and shared by the renderers.
 *
 * @param roofline one per host (or the reason there is none)
 * @param perClass for each class of {@link ReportModel#classes()}, in the same order: its
 *                 throughput chart(s) and, where it has an arraycopy method, the baseline chart
 * @param modeled  host throughput beside the modeled accelerator's, or the reason there is none
 * @param accuracy the accuracy-vs-speed scatters, or the reason there are none
 */
public record ReportCharts(List<ChartSection> roofline, List<List<ChartSection>> perClass,
                           List<ChartSection> modeled, List<ChartSection> accuracy) {

    public ReportCharts {
        roofline = List.copyOf(roofline);
        perClass = perClass.stream().map(List::copyOf).toList();
        modeled = List.copyOf(modeled);
        accuracy = List.copyOf(accuracy);
    }

    public static ReportCharts draw(ReportModel model) {
        SvgCanvas canvas = new SvgCanvas();
        List<ChartSection> roofline = RooflineChart.of(model, canvas);
        List<List<ChartSection>> perClass = new ArrayList<>();
        for (BenchmarkClass benchmarkClass : model.classes()) {
            List<ChartSection> charts = new ArrayList<>(ThroughputChart.of(benchmarkClass, model.multipleRuns(), canvas));
            BaselineChart.of(benchmarkClass, model.multipleRuns(), canvas).ifPresent(charts::add);
            perClass.add(charts);
        }
        return new ReportCharts(roofline, perClass, ModeledChart.of(model, canvas), AccuracyChart.of(model, canvas));
    }

    /** Every chart that was drawn, in page order. */
    public List<ChartSection> all() {
        List<ChartSection> all = new ArrayList<>(roofline);
        perClass.forEach(all::addAll);
        all.addAll(modeled);
        all.addAll(accuracy);
        return all;
    }
}

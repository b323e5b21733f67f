package dev.accelbench.reports.html;

import dev.accelbench.reports.jmh.Metric;
import dev.accelbench.reports.jmh.MetricNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Host throughput beside the modeled accelerator's, for results that carry modeled metrics (a
 * model profiler adds {@value #MODELED_RATE} and friends; see {@link MetricNames#isModeled}): one
 * bar pair per result, the host's measured GFLOP/s (its {@code flops} counter) and the modeled
 * accelerator's GOP/s, on one axis since both count billions of operations per second.
 */
final class ModeledChart {

    static final String TITLE = "Host vs modeled accelerator";
    /** The modeled accelerator's throughput in GOP/s for one operation of the benchmark. */
    static final String MODELED_RATE = MetricNames.MODEL_PREFIX + "gops_per_s";

    private ModeledChart() {
    }

    private record Bar(String label, double host, double modeled) {
    }

    static List<ChartSection> of(ReportModel model, SvgCanvas canvas) {
        List<Bar> bars = new ArrayList<>();
        for (ReportEntry entry : model.entries()) {
            Optional<Metric> modeled = entry.secondary(MODELED_RATE);
            if (modeled.isEmpty() || !(modeled.get().score() > 0)) {
                continue;
            }
            double host = entry.secondary(MetricNames.FLOPS)
                    .map(flops -> Reading.secondary(MetricNames.FLOPS, flops))
                    .filter(reading -> reading.unit().equals("GFLOP/s"))
                    .map(Reading::value).orElse(Double.NaN);
            String label = entry.name().className() + "." + entry.name().method() + " " + entry.paramsLabel()
                    + (model.multipleRuns() ? " (" + entry.run().label() + ")" : "");
            bars.add(new Bar(label, host, modeled.get().score()));
        }
        if (bars.isEmpty()) {
            return List.of(ChartSection.omitted(TITLE, "No result carries modeled accelerator metrics. Run the "
                    + "benchmarks with the model profiler (-prof dev.accelbench.bench.support.ModelProfiler) to see "
                    + "the modeled accelerator's GOP/s beside the host's GFLOP/s."));
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Bar bar : bars) {
            if (bar.host() > 0) {
                dataset.addValue(bar.host(), "host (GFLOP/s, measured)", bar.label());
                min = Math.min(min, bar.host());
                max = Math.max(max, bar.host());
            }
            dataset.addValue(bar.modeled(), "accelerator (GOP/s, modeled)", bar.label());
            min = Math.min(min, bar.modeled());
            max = Math.max(max, bar.modeled());
        }
        ValueAxis valueAxis = ChartStyle.valueAxis("billions of operations per second", min, max);
        // Horizontal bars: the long "Class.method params" labels get the width they need.
        CategoryAxis categoryAxis = new CategoryAxis(null);
        categoryAxis.setMaximumCategoryLabelWidthRatio(0.45f);
        categoryAxis.setMaximumCategoryLabelLines(2);
        BarRenderer renderer = new BarRenderer();
        renderer.setItemMargin(0.05);
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        String note = bars.size() + " result(s) with modeled metrics. The host bar is the measured flops rate; the "
                + "accelerator bar is what the model predicts for the same work on its preset (the table has its "
                + "cycles and energy)." + (valueAxis instanceof LogAxis ? " The axis is logarithmic." : "")
                + (bars.stream().anyMatch(bar -> !(bar.host() > 0)) ? " Results without a flops counter show the"
                + " modeled bar alone." : "");
        return List.of(ChartSection.drawn(TITLE, canvas.draw(chart, SvgCanvas.WIDTH,
                Math.max(SvgCanvas.HEIGHT, 120 + 48 * bars.size())), note));
    }
}

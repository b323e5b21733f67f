package dev.accelbench.reports.html;

import dev.accelbench.reports.jmh.MetricNames;
import dev.accelbench.reports.jmh.Metric;
import java.awt.BasicStroke;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The roofline of each host in the report, drawn from the suite's own measurements: the compute
 * roof is the best {@code ·flops} rate any benchmark reached on that host, the memory roof the
 * best {@code ·bytes} rate of a copy benchmark ({@code arraycopy}), and each kernel that counts
 * both flops and bytes sits at its arithmetic intensity (flops / bytes, which is the ratio of the
 * two rates) and its GFLOP/s. These are measured peaks, not the vendor's: they say how close a
 * kernel gets to the best this suite has seen on the machine.
 */
final class RooflineChart {

    private RooflineChart() {
    }

    /** A measured value and the result it came from, for the note. */
    private record Best(double value, ReportEntry entry) {

        String source() {
            String params = entry.result().paramsText();
            return entry.name().className() + "." + entry.name().method() + (params.isEmpty() ? "" : " " + params);
        }
    }

    /** A kernel on the roofline: its intensity in FLOP/byte and its rate in GFLOP/s. */
    private record Point(ReportEntry entry, double intensity, double gflops) {
    }

    static List<ChartSection> of(ReportModel model, SvgCanvas canvas) {
        Map<String, List<ReportEntry>> byHost = new LinkedHashMap<>();
        for (ReportEntry entry : model.entries()) {
            byHost.computeIfAbsent(entry.run().hostKey(), k -> new ArrayList<>()).add(entry);
        }
        List<ChartSection> charts = new ArrayList<>();
        byHost.forEach((host, entries) -> charts.add(chart(byHost.size() > 1 ? host : null, entries, canvas)));
        return charts;
    }

    private static ChartSection chart(String host, List<ReportEntry> entries, SvgCanvas canvas) {
        String title = "Roofline of " + (host == null ? "the host" : host) + " (measured by this suite)";
        Optional<Best> peak = Optional.empty();
        Optional<Best> bandwidth = Optional.empty();
        List<Point> points = new ArrayList<>();
        for (ReportEntry entry : entries) {
            double gflops = rate(entry, MetricNames.FLOPS);
            double gbytes = rate(entry, MetricNames.BYTES);
            if (gflops > 0 && (peak.isEmpty() || gflops > peak.get().value())) {
                peak = Optional.of(new Best(gflops, entry));
            }
            boolean copy = MetricNames.isCopy(entry.name().method());
            if (copy && gbytes > 0 && (bandwidth.isEmpty() || gbytes > bandwidth.get().value())) {
                bandwidth = Optional.of(new Best(gbytes, entry));
            }
            if (!copy && gflops > 0 && gbytes > 0) {
                points.add(new Point(entry, gflops / gbytes, gflops));
            }
        }
        if (peak.isEmpty() || bandwidth.isEmpty()) {
            return ChartSection.omitted(title, "Not enough data for a roofline: it needs "
                    + (peak.isEmpty() ? "a benchmark that counts ·flops (e.g. DotBenchmark)" : "")
                    + (peak.isEmpty() && bandwidth.isEmpty() ? " and " : "")
                    + (bandwidth.isEmpty() ? "a copy benchmark that counts ·bytes (e.g. QuantizeBenchmark.arraycopy)" : "")
                    + " in the results of the same host, with scores in ops per time unit.");
        }
        double roof = peak.get().value();
        double slope = bandwidth.get().value();
        double ridge = roof / slope;
        double minX = ridge;
        double maxX = ridge;
        double minY = roof;
        for (Point point : points) {
            minX = Math.min(minX, point.intensity());
            maxX = Math.max(maxX, point.intensity());
            minY = Math.min(minY, point.gflops());
        }
        minX /= 4;
        maxX *= 4;
        minY = Math.min(minY, slope * minX) / 2;

        XYSeriesCollection dataset = new XYSeriesCollection();
        XYSeries roofline = new XYSeries("roof: min(peak, bandwidth × intensity)", false);
        roofline.add(minX, slope * minX);
        roofline.add(ridge, roof);
        roofline.add(maxX, roof);
        dataset.addSeries(roofline);
        Map<String, XYSeries> kernels = new LinkedHashMap<>();
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (Point point : points) {
            String name = point.entry().name().className() + "." + point.entry().name().method();
            kernels.computeIfAbsent(name, n -> new XYSeries(n, false)).add(point.intensity(), point.gflops());
            labels.computeIfAbsent(name, n -> new ArrayList<>()).add(point.entry().result().paramsText());
        }
        kernels.values().forEach(dataset::addSeries);
        List<List<String>> labelsBySeries = new ArrayList<>(labels.values());

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesLinesVisible(0, true);
        renderer.setSeriesShapesVisible(0, false);
        renderer.setDefaultItemLabelGenerator((data, series, item) ->
                series == 0 ? null : labelsBySeries.get(series - 1).get(item));
        renderer.setDefaultItemLabelsVisible(true);
        LogAxis x = ChartStyle.logAxis("arithmetic intensity (FLOP/byte), log scale");
        x.setRange(minX, maxX);
        LogAxis y = ChartStyle.logAxis("GFLOP/s, log scale");
        y.setRange(minY, roof * 2);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        // The theme resets series paints and label fonts: the roof stays dark, the labels small.
        renderer.setSeriesPaint(0, ChartStyle.TEXT);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        String note = "These are the suite's own measured peaks on this host, not the hardware's specifications. "
                + "Compute roof: " + Numbers.format(roof) + " GFLOP/s, the best ·flops of any benchmark ("
                + peak.get().source() + "). Memory roof: " + Numbers.format(slope)
                + " GB/s, the best ·bytes of a copy benchmark (" + bandwidth.get().source()
                + "). Ridge point: " + Numbers.format(ridge) + " FLOP/byte. "
                + (points.isEmpty() ? "No kernel counts both ·flops and ·bytes, so none is placed on it."
                : points.size() + " kernel result(s) placed at their counted flops/bytes ratio; labels give the "
                        + "parameters. The kernel that set the compute roof touches it by construction, and a kernel whose "
                        + "data fit a faster cache level than the copy's can sit above the memory roof.");
        return ChartSection.drawn(title, canvas.draw(chart, SvgCanvas.WIDTH, 480), note);
    }

    /** The entry's {@code flops} or {@code bytes} counter in G.../s, or NaN when it has none as a rate. */
    private static double rate(ReportEntry entry, String counter) {
        Optional<Metric> metric = entry.secondary(counter);
        if (metric.isEmpty() || Reading.perSecond(metric.get().unit()).isEmpty()) {
            return Double.NaN;
        }
        double value = Reading.secondary(counter, metric.get()).value();
        return Double.isFinite(value) ? value : Double.NaN;
    }
}

package dev.accelbench.tools.accuracy;

import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The error-vs-input chart: for each variant, the largest error in each of the sweep's bins of
 * the input range, on a logarithmic axis (bins with no error, or only zero error, are left out).
 * Drawn by JFreeChart into JFreeSVG and written to a temporary file first, then moved into place,
 * so a failed write never leaves half a chart.
 */
public final class ErrorChart {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 540;

    private ErrorChart() {
    }

    public static void write(Path file, String op, double lo, double hi, List<SweepResult> results) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        String kind = results.isEmpty() ? "rel" : results.getFirst().boundKind();
        for (SweepResult r : results) {
            XYSeries series = new XYSeries(r.variant(), false);
            double[] bins = r.bins();
            for (int b = 0; b < bins.length; b++) {
                if (bins[b] > 0) {
                    series.add(lo + (b + 0.5) * (hi - lo) / bins.length, bins[b]);
                }
            }
            data.addSeries(series);
        }
        NumberAxis x = new NumberAxis("x");
        x.setAutoRangeIncludesZero(false);
        LogAxis y = new LogAxis(("rel".equals(kind) ? "largest relative error" : "largest absolute error") + " per bin");
        y.setSmallestValue(1e-12);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(op + ": error against float64 over [" + lo + ", " + hi + "]",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix("accuracy-");
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        g.dispose();
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, g.getSVGDocument(), StandardCharsets.UTF_8);
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

package dev.accelbench.reports.html;

import java.awt.Rectangle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws JFreeChart charts into SVG elements for one HTML document. Every chart gets its own id
 * and its own prefix for the clip paths in its {@code <defs>}: JFreeSVG's default prefix comes
 * from {@code System.nanoTime()}, which would make reports differ from run to run and could
 * collide between two charts of one page, where ids are shared.
 */
final class SvgCanvas {

    static final int WIDTH = 960;
    static final int HEIGHT = 420;

    private int drawn;

    String draw(JFreeChart chart) {
        return draw(chart, WIDTH, HEIGHT);
    }

    String draw(JFreeChart chart, int width, int height) {
        String id = "chart-" + ++drawn;
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        graphics.setDefsKeyPrefix(id + "-");
        // Two decimals are a hundredth of a pixel; JFreeSVG's default writes every digit of a double.
        graphics.setGeomDoubleConverter(SvgCanvas::twoDecimals);
        graphics.setTransformDoubleConverter(SvgCanvas::twoDecimals);
        chart.draw(graphics, new Rectangle(0, 0, width, height));
        graphics.dispose();
        // A viewBox lets the page's CSS shrink the chart to a narrow window without cutting it.
        return graphics.getSVGElement(id, true, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID,
                MeetOrSlice.MEET);
    }

    private static String twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}

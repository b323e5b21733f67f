package dev.accelbench.reports.html;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.Paint;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The look shared by the report's charts: white plot, light grid, flat bars and the Okabe-Ito
 * palette (distinguishable with the common colour-vision deficiencies). Applied to each chart
 * rather than installed with {@code ChartFactory.setChartTheme}, which is global state.
 */
final class ChartStyle {

    static final Paint[] PALETTE = {
            new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000)};

    static final Color GRID = new Color(0xDDDDDD);
    static final Color TEXT = new Color(0x222222);

    /** A range is drawn on a log axis when its largest value is this many times its smallest. */
    static final double LOG_SPAN = 30;

    private ChartStyle() {
    }

    static JFreeChart apply(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(GRID);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setErrorIndicatorPaint(TEXT);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        theme.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE, PALETTE, PALETTE,
                new java.awt.Stroke[] {new BasicStroke(1.5f)}, new java.awt.Stroke[] {new BasicStroke(1f)},
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        theme.apply(chart);
        chart.setAntiAlias(true);
        return chart;
    }

    /**
     * A value axis for positive values from {@code min} to {@code max}: logarithmic when they span
     * more than {@link #LOG_SPAN} (scores of n = 64 and n = 1M differ by four orders of
     * magnitude), linear from zero otherwise. Tick labels use the report's number format.
     */
    static ValueAxis valueAxis(String label, double min, double max) {
        if (min > 0 && max / min > LOG_SPAN) {
            LogAxis axis = logAxis(label + ", log scale");
            axis.setSmallestValue(min / 4);
            return axis;
        }
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(new SignificantFormat());
        return axis;
    }

    static LogAxis logAxis(String label) {
        LogAxis axis = new PlainLogAxis(label);
        axis.setNumberFormatOverride(new SignificantFormat());
        return axis;
    }

    /**
     * A log axis with ticks at round values, drawn as plain text. LogAxis itself steps by fractions
     * of a decade (ticks at 0.07943, 0.1259, ...) and makes its labels attributed strings, which
     * JFreeChart draws through a TextLayout and JFreeSVG therefore as glyph outlines: kilobytes of
     * path data per label, text that cannot be selected or searched. Here the ticks sit at 1, 2
     * and 5 times powers of ten when the axis spans up to three decades, at powers of ten when it
     * spans more (every other one beyond eight), and are ordinary number ticks that become
     * {@code <text>} elements.
     */
    static final class PlainLogAxis extends LogAxis {

        private static final long serialVersionUID = 1L;

        PlainLogAxis(String label) {
            super(label);
        }

        @Override
        @SuppressWarnings("rawtypes") // JFreeChart's signature uses a raw List
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            return roundTicks(getRange().getLowerBound(), getRange().getUpperBound(), edge, getNumberFormatOverride());
        }

        static List<ValueTick> roundTicks(double low, double high, RectangleEdge edge, NumberFormat format) {
            // RectangleEdge is a class of constants, not an enum, so no switch.
            TextAnchor anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT
                    : edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT
                    : edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
            double decades = Math.log10(high / low);
            double[] multiples = decades <= 3 ? new double[] {1, 2, 5} : new double[] {1};
            int stride = decades > 8 ? 2 : 1;
            List<ValueTick> ticks = new ArrayList<>();
            for (int exponent = (int) Math.floor(Math.log10(low)); exponent <= Math.ceil(Math.log10(high)); exponent++) {
                if (Math.floorMod(exponent, stride) != 0) {
                    continue;
                }
                for (double multiple : multiples) {
                    // Parsing the decimal text gives 3e-4, not 3.0000000000000003e-4.
                    double value = Double.parseDouble(multiple + "e" + exponent);
                    if (value >= low && value <= high) {
                        ticks.add(new NumberTick(TickType.MAJOR, value, format.format(value), anchor, anchor, 0));
                    }
                }
            }
            if (ticks.size() < 2) {
                // A range within one step of the 1-2-5 series: label its ends instead.
                ticks.clear();
                ticks.add(new NumberTick(TickType.MAJOR, low, format.format(low), anchor, anchor, 0));
                ticks.add(new NumberTick(TickType.MAJOR, high, format.format(high), anchor, anchor, 0));
            }
            return ticks;
        }
    }

    /** {@link Numbers#format} as a {@link NumberFormat}, for axis ticks and item labels. */
    static final class SignificantFormat extends NumberFormat {

        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(Numbers.format(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(Numbers.format(number));
        }

        @Override
        public Number parse(String source, ParsePosition position) {
            try {
                double value = Double.parseDouble(source.substring(position.getIndex()).strip());
                position.setIndex(source.length());
                return value;
            } catch (NumberFormatException e) {
                position.setErrorIndex(position.getIndex());
                return null;
            }
        }
    }
}

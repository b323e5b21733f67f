package dev.accelbench.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

class ChartStyleTest {

    private static List<String> labels(double low, double high) {
        return ChartStyle.PlainLogAxis.roundTicks(low, high, RectangleEdge.LEFT, new ChartStyle.SignificantFormat())
                .stream().map(ValueTick::getText).toList();
    }

    @Test
    void logTicksSitAtRoundValues() {
        assertEquals(List.of("0.1", "0.2", "0.5", "1"), labels(0.063, 1.2));
        assertEquals(List.of("1", "2", "5", "10", "20", "50"), labels(0.8, 60));
        assertEquals(List.of("1e-07", "1e-06", "1e-05", "1e-04", "0.001"), labels(5e-8, 4e-3));
        assertEquals(List.of("1e-10", "1e-08", "1e-06", "1e-04", "0.01", "1"), labels(1e-10, 5));
        assertEquals(List.of("0.3", "0.45"), labels(0.3, 0.45), "too narrow for the series: the ends are labelled");
    }

    @Test
    void valueAxesTurnLogarithmicBeyondThirtyFold() {
        assertInstanceOf(NumberAxis.class, ChartStyle.valueAxis("x", 1, 30));
        assertInstanceOf(LogAxis.class, ChartStyle.valueAxis("x", 1, 31));
        assertInstanceOf(NumberAxis.class, ChartStyle.valueAxis("x", 0, 1000), "zero has no logarithm");
        assertEquals("x, log scale", ChartStyle.valueAxis("x", 1e-6, 1).getLabel());
    }
}

package dev.accelbench.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartsTest {

    private static void assertValidSvg(ChartSection chart) throws Exception {
        Document svg = Svg.parse(chart.svg().orElseThrow(() -> new AssertionError("not drawn: " + chart.note())));
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(Svg.NAMESPACE, root.getNamespaceURI());
        assertTrue(svg.getElementsByTagNameNS(Svg.NAMESPACE, "text").getLength() > 3, "axis labels and legend");
        assertEquals(List.of(), Svg.nonFiniteAttributes(svg), chart.title());
    }

    @Test
    void everyChartOfARealRunIsValidSvgWithPageWideUniqueIds() throws Exception {
        ReportCharts charts = ReportCharts.draw(Fixtures.model(Fixtures.realRun()));
        List<ChartSection> drawn = charts.all().stream().filter(c -> c.svg().isPresent()).toList();
        // Roofline, a throughput chart per class, and QuantizeBenchmark's arraycopy baseline.
        assertEquals(4, drawn.size(), charts.all().toString());
        Set<String> ids = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (ChartSection chart : drawn) {
            assertValidSvg(chart);
            NodeList elements = Svg.parse(chart.svg().get()).getElementsByTagNameNS("*", "*");
            for (int i = 0; i < elements.getLength(); i++) {
                String id = ((Element) elements.item(i)).getAttribute("id");
                if (!id.isEmpty() && !ids.add(id)) {
                    duplicates.add(id);
                }
            }
        }
        assertEquals(List.of(), duplicates, "ids are shared by all charts of one HTML page");
    }

    @Test
    void throughputChartsNameTheirMethodsParametersAndUnit() throws Exception {
        ReportModel model = Fixtures.model(Fixtures.realRun());
        List<ChartSection> charts = ThroughputChart.of(model.classes().getFirst(), false, new SvgCanvas());
        assertEquals(1, charts.size());
        ChartSection chart = charts.getFirst();
        assertEquals("DotBenchmark: score per method and parameters (thrpt, ops/ns)", chart.title());
        String texts = Svg.texts(Svg.parse(chart.svg().orElseThrow()));
        // (The value axis label is drawn rotated, which JFreeChart does as glyph outlines, not text.)
        for (String expected : List.of("scalar", "vector", "n=4096", "n=1048576", "parameters")) {
            assertTrue(texts.contains(expected), expected + " in\n" + texts);
        }
        // The four scores span 1e-6 .. 3e-3: a linear axis would flatten the large sizes to nothing.
        assertTrue(chart.note().contains("logarithmic"), chart.note());
    }

    @Test
    void errorBarsLargerThanTheScoreStayDrawableOnALogAxis() throws Exception {
        ReportModel model = Fixtures.model(Fixtures.synthetic("x.json",
                Fixtures.result("a.B.small", Map.of("n", "1"), 1000, 10, Map.of()),
                Fixtures.result("a.B.large", Map.of("n", "2"), 0.5, 2.0, Map.of())));
        ChartSection chart = ThroughputChart.of(model.classes().getFirst(), false, new SvgCanvas()).getFirst();
        assertValidSvg(chart);
        assertTrue(chart.note().contains("1 error bar reaches zero"), chart.note());
    }

    @Test
    void resultsInDifferentUnitsGetAChartEach() {
        ReportModel model = Fixtures.model(Fixtures.synthetic("x.json",
                Fixtures.result("a.B.c", Map.of(), 1, 0.1, Map.of()),
                new dev.accelbench.reports.jmh.JmhResult("a.B.d", dev.accelbench.reports.jmh.Mode.AVERAGE_TIME,
                        Map.of(), 1, 1, List.of(), Fixtures.metric(5, 0.2, "ns/op"), Map.of())));
        List<ChartSection> charts = ThroughputChart.of(model.classes().getFirst(), false, new SvgCanvas());
        assertEquals(List.of("B: score per method and parameters (thrpt, ops/ns)",
                "B: score per method and parameters (avgt, ns/op)"), charts.stream().map(ChartSection::title).toList());
        assertTrue(charts.get(1).note().startsWith("Lower is better."), charts.get(1).note());
    }

    @Test
    void theBaselineChartDividesByArraycopyAtTheSameParameters() throws Exception {
        ReportModel model = Fixtures.model(Fixtures.realRun());
        assertTrue(BaselineChart.of(model.classes().get(0), false, new SvgCanvas()).isEmpty(), "Dot has no arraycopy");
        ChartSection chart = BaselineChart.of(model.classes().get(1), false, new SvgCanvas()).orElseThrow();
        assertValidSvg(chart);
        String texts = Svg.texts(Svg.parse(chart.svg().orElseThrow()));
        // quantize 4.563e-05 ops/ns over arraycopy 5.488e-04 ops/ns at arrayBytes=65536, to=e4m3.
        assertTrue(texts.contains("0.08314×"), texts);
        assertTrue(texts.contains("arrayBytes=65536, to=e4m3"), texts);
        assertTrue(texts.contains("arraycopy"), "the 1.0 marker is labelled");
        assertFalse(texts.contains("1×"), "arraycopy itself gets no bar");
    }

    @Test
    void relativeSpeedFollowsTheMode() {
        ReportRun run = new ReportRun(1, java.nio.file.Path.of("x.json"), java.util.Optional.empty());
        var fastTime = new ReportEntry(run, BenchmarkName.parse("a.B.k"), new dev.accelbench.reports.jmh.JmhResult(
                "a.B.k", dev.accelbench.reports.jmh.Mode.AVERAGE_TIME, Map.of(), 1, 1, List.of(),
                Fixtures.metric(2, 0.1, "ns/op"), Map.of()));
        var copyTime = new ReportEntry(run, BenchmarkName.parse("a.B.arraycopy"), new dev.accelbench.reports.jmh.JmhResult(
                "a.B.arraycopy", dev.accelbench.reports.jmh.Mode.AVERAGE_TIME, Map.of(), 1, 1, List.of(),
                Fixtures.metric(4, 0.1, "ns/op"), Map.of()));
        assertEquals(2.0, BaselineChart.relativeSpeed(fastTime, copyTime), "half the time is twice the speed");
    }

    @Test
    void theRooflineUsesTheSuitesOwnPeaksAndPlacesKernelsWithBothCounters() throws Exception {
        List<ChartSection> rooflines = RooflineChart.of(Fixtures.model(Fixtures.realRun()), new SvgCanvas());
        assertEquals(1, rooflines.size());
        ChartSection roofline = rooflines.getFirst();
        assertValidSvg(roofline);
        String note = roofline.note();
        assertTrue(note.startsWith("These are the suite's own measured peaks on this host"), note);
        // Best ·flops: DotBenchmark.vector at n=4096; best copy ·bytes: QuantizeBenchmark.arraycopy.
        assertTrue(note.contains("Compute roof: 22.3 GFLOP/s, the best ·flops of any benchmark (DotBenchmark.vector n=4096)"),
                note);
        assertTrue(note.contains("Memory roof: 71.93 GB/s, the best ·bytes of a copy benchmark "
                + "(QuantizeBenchmark.arraycopy arrayBytes=65536, to=e4m3)"), note);
        assertTrue(note.contains("4 kernel result(s) placed"), note);
        String texts = Svg.texts(Svg.parse(roofline.svg().orElseThrow()));
        assertTrue(texts.contains("DotBenchmark.vector") && texts.contains("DotBenchmark.scalar"), texts);
        assertFalse(texts.contains("QuantizeBenchmark.quantize"), "no flops counter, so not placed");
    }

    @Test
    void noRooflineWithoutACopyBenchmarkAndTheNoteSaysWhy() {
        ChartSection roofline = RooflineChart.of(Fixtures.model(Fixtures.acmeRun()), new SvgCanvas()).getFirst();
        assertTrue(roofline.svg().isEmpty());
        assertTrue(roofline.note().contains("a copy benchmark that counts ·bytes"), roofline.note());
        assertFalse(roofline.note().contains("·flops (e.g."), "the flops counter is there: " + roofline.note());
    }

    @Test
    void hostsWithDifferentCpusGetARooflineEach() {
        List<ChartSection> rooflines = RooflineChart.of(Fixtures.model(Fixtures.realRun(), Fixtures.acmeRun()),
                new SvgCanvas());
        assertEquals(List.of("Roofline of AMD EPYC / 2 cores (measured by this suite)",
                "Roofline of Acme Vector 9000 / 8 cores (measured by this suite)"),
                rooflines.stream().map(ChartSection::title).toList());
    }

    @Test
    void theAccuracyChartIsOmittedWithANoteWhenNoResultCarriesAccuracy() {
        List<ChartSection> accuracy = AccuracyChart.of(Fixtures.model(Fixtures.realRun()), new SvgCanvas());
        assertEquals(1, accuracy.size());
        assertTrue(accuracy.getFirst().svg().isEmpty());
        assertTrue(accuracy.getFirst().note().startsWith("No result carries an accuracy metric"));
    }

    @Test
    void theAccuracyChartPlotsErrorAgainstScoreWhenThereIsAccuracy() throws Exception {
        ReportModel model = Fixtures.model(Fixtures.synthetic("approx.json",
                Fixtures.result("a.ExpBenchmark.exact", Map.of(), 0.5, 0.01,
                        Map.of("rel_err", Fixtures.metric(1e-7, Double.NaN, "#"))),
                Fixtures.result("a.ExpBenchmark.approx", Map.of(), 2.0, 0.05,
                        Map.of("rel_err", Fixtures.metric(3e-3, Double.NaN, "#"))),
                Fixtures.result("a.ExpBenchmark.baseline", Map.of(), 0.4, 0.01, Map.of())));
        List<ChartSection> accuracy = AccuracyChart.of(model, new SvgCanvas());
        assertEquals(1, accuracy.size());
        ChartSection chart = accuracy.getFirst();
        assertValidSvg(chart);
        assertEquals("Accuracy vs speed: rel_err (#) against the thrpt score (ops/ns)", chart.title());
        assertTrue(chart.note().startsWith("2 result(s). Faster is to the right"), chart.note());
        String texts = Svg.texts(Svg.parse(chart.svg().orElseThrow()));
        assertTrue(texts.contains("ExpBenchmark.approx") && texts.contains("ExpBenchmark.exact"), texts);
        assertFalse(texts.contains("ExpBenchmark.baseline"), texts);
    }

    @Test
    void theModeledChartIsOmittedWithANoteWhenNoResultCarriesModeledMetrics() {
        List<ChartSection> modeled = ModeledChart.of(Fixtures.model(Fixtures.realRun()), new SvgCanvas());
        assertEquals(1, modeled.size());
        assertTrue(modeled.getFirst().svg().isEmpty());
        assertTrue(modeled.getFirst().note().contains("-prof dev.accelbench.bench.support.ModelProfiler"));
    }

    @Test
    void theModeledChartPutsHostGflopsBesideModeledGops() throws Exception {
        ReportModel model = Fixtures.model(Fixtures.synthetic("modeled.json",
                Fixtures.result("a.GemmBenchmark.sgemm", Map.of("shape", "512x768x768"), 1e-7, 1e-9,
                        Map.of("flops", Fixtures.metric(60.0, 1.0, "ops/ns"),
                                "model.gops_per_s", Fixtures.metric(1433.6, Double.NaN, "GOP/s"),
                                "model.cycles", Fixtures.metric(2.1e5, Double.NaN, "cycles/op"))),
                Fixtures.result("a.AttentionBenchmark.pruned", Map.of(), 2.0, 0.05,
                        Map.of("model.gops_per_s", Fixtures.metric(574.1, Double.NaN, "GOP/s"))),
                Fixtures.result("a.GemmBenchmark.openblas", Map.of("shape", "512x768x768"), 1e-7, 1e-9,
                        Map.of("flops", Fixtures.metric(70.0, 1.0, "ops/ns")))));
        List<ChartSection> modeled = ModeledChart.of(model, new SvgCanvas());
        assertEquals(1, modeled.size());
        ChartSection chart = modeled.getFirst();
        assertValidSvg(chart);
        assertTrue(chart.note().startsWith("2 result(s) with modeled metrics"), chart.note());
        assertTrue(chart.note().contains("without a flops counter"), chart.note());
        String texts = Svg.texts(Svg.parse(chart.svg().orElseThrow()));
        assertTrue(texts.contains("GemmBenchmark.sgemm") && texts.contains("AttentionBenchmark.pruned"), texts);
        assertFalse(texts.contains("openblas"), "no modeled metric, no bar pair: " + texts);
        assertTrue(texts.contains("host (GFLOP/s, measured)") && texts.contains("accelerator (GOP/s, modeled)"), texts);
    }
}

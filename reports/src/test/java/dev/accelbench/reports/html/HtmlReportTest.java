package dev.accelbench.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static String render(ReportModel model) {
        return HtmlReport.render(model, ReportCharts.draw(model));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void theEnvironmentComesFirst() {
        String html = render(Fixtures.model(Fixtures.realRun()));
        int environment = html.indexOf("<h2>Environment</h2>");
        assertTrue(environment > 0 && environment < html.indexOf("<svg"), "environment before the charts");
        for (String fact : List.of("<dt>CPU</dt><dd>AMD EPYC</dd>", "<dt>cores</dt><dd>2</dd>",
                "<dt>JDK</dt><dd>OpenJDK Runtime Environment 25.0.3+9-LTS</dd>", "<dt>vector width</dt><dd>256 bits</dd>",
                "<dt>git commit</dt><dd>ed8b98f0573691011f12c1bc2ad6e1c1d166a4e7-dirty</dd>",
                "<dt>started (UTC)</dt><dd>2026-11-23T14:49:16.900263962Z</dd>")) {
            assertTrue(html.contains(fact), fact);
        }
    }

    @Test
    void eachClassHasChartsAndASortableTableWithUnits() {
        String html = render(Fixtures.model(Fixtures.realRun()));
        assertEquals(2, count(html, "<table class=\"sortable\">"));
        assertEquals(4, count(html, "<svg "), "roofline, two throughput charts, one baseline chart");
        assertTrue(html.contains("<thead><tr><th scope=\"col\">method</th><th scope=\"col\">n</th><th scope=\"col\">mode</th>"
                + "<th scope=\"col\">score</th><th scope=\"col\">bytes</th><th scope=\"col\">flops</th></tr></thead>"), html);
        // Numbers carry their units and sort by value, not by text.
        assertTrue(html.contains("<td>vector</td><td class=\"num\" data-sort=\"4096.0\">4096</td><td>thrpt</td>"
                + "<td class=\"num\" data-sort=\"0.0027224817"), html);
        assertTrue(html.contains(" ops/ns</td>"));
        assertTrue(html.contains("22.3 ± 76 GFLOP/s</td>"), "Dot vector n=4096 flops");
        assertTrue(html.contains("89.21 ± 300 GB/s</td>"), "Dot vector n=4096 bytes");
        assertTrue(html.contains("<h3>DotBenchmark: score per method and parameters (thrpt, ops/ns)</h3>"));
        assertTrue(html.contains("<h3>QuantizeBenchmark: speed relative to System.arraycopy of the same data</h3>"));
        assertTrue(html.contains("table.sortable"), "the sorting script is inline");
    }

    @Test
    void thePageIsSelfContained() {
        String html = render(Fixtures.model(Fixtures.realRun()));
        Matcher reference = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?(https?:)?//").matcher(html);
        assertFalse(reference.find(), () -> "network reference at " + html.substring(reference.start(),
                Math.min(html.length(), reference.start() + 80)));
        assertFalse(html.contains("<link"), "no external stylesheet");
        assertFalse(html.contains("<script src"), "no external script");
        assertTrue(html.contains("<style>") && html.contains("<script>"));
    }

    @Test
    void omittedChartsSayWhy() {
        String html = render(Fixtures.model(Fixtures.realRun()));
        assertTrue(html.contains("<div class=\"omitted\">\n<h3>Accuracy vs speed</h3>\n<p class=\"note\">No result carries "
                + "an accuracy metric"), html);
    }

    @Test
    void mergedFilesShowEachEnvironmentAndLabelRowsWithTheirRun() {
        String html = render(Fixtures.model(Fixtures.realRun(), Fixtures.acmeRun()));
        assertTrue(html.contains("8 results of 3 benchmark classes from 2 files, merged"), html);
        assertTrue(html.contains("<h3>run 1</h3>") && html.contains("<h3>run 2</h3>"));
        assertTrue(html.contains("<dd>AMD EPYC</dd>") && html.contains("<dd>Acme Vector 9000</dd>"));
        assertTrue(html.contains("<th scope=\"col\">run</th><th scope=\"col\">method</th>"));
        assertTrue(html.contains("<tr><td class=\"num\" data-sort=\"2.0\">run 2</td><td>vector</td>"), html);
    }

    @Test
    void aRunWithoutSidecarSaysItsEnvironmentIsUnknown() {
        String html = render(Fixtures.model(Fixtures.synthetic("plain-jmh.json",
                Fixtures.result("a.B.c", Map.of(), 1, 0.1, Map.of()))));
        assertTrue(html.contains("<dt>environment</dt><dd>unknown: no sidecar plain-jmh.env.json beside the results</dd>"),
                html);
    }

    @Test
    void textFromTheResultsIsEscaped() {
        String html = render(Fixtures.model(Fixtures.synthetic("x.json",
                Fixtures.result("a.B.c", Map.of("format", "<script>alert(1)</script>"), 1, 0.1, Map.of()))));
        assertFalse(html.contains("<script>alert(1)"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void theSameResultsGiveTheSameReport() {
        assertEquals(render(Fixtures.model(Fixtures.realRun())), render(Fixtures.model(Fixtures.realRun())));
    }
}

package dev.accelbench.reports.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accelbench.reports.jmh.JmhResult;
import dev.accelbench.reports.jmh.Mode;
import dev.accelbench.reports.jmh.ResultSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ComparisonRenderingTest {

    private static ComparisonReport report() {
        JmhResult base = Synthetic.result("dev.acme.bench.blas.DotBenchmark.vector", Mode.THROUGHPUT, "ops/us",
                Synthetic.noisy(100, 0.01, 3, 5, new SplittableRandom(1)),
                Map.of("cycles", Synthetic.metric("cycles/op", new double[][] {{64, 64}})));
        JmhResult cand = Synthetic.result("dev.acme.bench.blas.DotBenchmark.vector", Mode.THROUGHPUT, "ops/us",
                Synthetic.noisy(80, 0.01, 3, 5, new SplittableRandom(2)),
                Map.of("cycles", Synthetic.metric("cycles/op", new double[][] {{80, 80}})));
        JmhResult tiny = Synthetic.result("dev.acme.bench.gemm.Gemm.run", Mode.THROUGHPUT, "ops/us",
                new double[][] {{1, 1}}, Map.of());
        return new RunComparison(ComparisonSettings.defaults().withResamples(1_000)).compare(
                new ResultSet(Path.of("base.json"), List.of(base, tiny), Optional.empty()),
                new ResultSet(Path.of("cand.json"), List.of(cand, tiny), Optional.empty()));
    }

    @Test
    void markdownIsATableFitForAPullRequest() {
        String md = ComparisonMarkdown.render(report());
        assertTrue(md.startsWith("## Benchmark comparison\n"), md);
        assertTrue(md.contains("Threshold 5%, 99% confidence intervals"), md);
        assertTrue(md.contains("**1 slower** · 0 faster · 0 unchanged · 1 inconclusive · 0 missing · 0 new\n"), md);
        assertTrue(md.contains("| benchmark | params | mode | baseline | candidate | ratio (99% CI) | verdict |\n"
                + "| --- | --- | --- | ---: | ---: | ---: | --- |\n"), md);
        // The shared package dev.acme.bench is dropped; what tells benchmarks apart stays.
        assertTrue(md.contains("\n| blas.DotBenchmark.vector | n=64 | thrpt | "), md);
        assertTrue(md.contains(" | **SLOWER** |\n"), md);
        assertTrue(md.matches("(?s).*\\| 0\\.[78]\\d\\d \\[0\\.\\d{3}, 0\\.\\d{3}] \\(-\\d+\\.\\d%\\) \\| \\*\\*SLOWER.*"),
                md);
        assertTrue(md.contains("### Why inconclusive\n\n- `gemm.Gemm.run` {n=64} (thrpt): too little data"), md);
        assertTrue(md.contains("### Deterministic metrics\n\n1 compared exactly, 1 changed."), md);
        assertTrue(md.contains("| blas.DotBenchmark.vector | n=64 | cycles | 64 cycles/op | 80 cycles/op | value changed |"),
                md);
        assertTrue(md.contains("### Warnings\n\n- no environment sidecar for the baseline"), md);
    }

    @Test
    void jsonCarriesEveryVerdictAndNumber() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ComparisonJson.render(report()));
        assertTrue(json.get("regression").asBoolean());
        assertEquals(1, json.get("counts").get("slower").asInt());
        JsonNode dot = json.get("benchmarks").get(0);
        assertEquals("dev.acme.bench.blas.DotBenchmark.vector", dot.get("benchmark").asText());
        assertEquals("64", dot.get("params").get("n").asText());
        assertEquals("slower", dot.get("verdict").asText());
        assertEquals(15, dot.get("baseline").get("iterations").asInt());
        assertTrue(dot.get("ratio").get("upper").asDouble() < 1);
        assertTrue(dot.get("baseline").get("error").isNull(), "NaN is written as null");
        assertEquals("exact", json.get("metrics").get(0).get("rule").asText());
        assertTrue(json.get("metrics").get(0).get("changed").asBoolean());
    }

    @Test
    void tableAlignsColumns() {
        String table = ComparisonTable.render(report());
        List<String> lines = table.lines().toList();
        assertTrue(lines.get(0).startsWith("benchmark                 params  mode   baseline"), table);
        assertEquals(lines.get(0).indexOf("verdict"), lines.get(1).indexOf("SLOWER"), table);
        assertTrue(table.contains("changed: dev.acme.bench.blas.DotBenchmark.vector {n=64} (thrpt) cycles: 64 -> 80"),
                table);
    }

    @Test
    void numbersKeepFourSignificantDigits() {
        assertEquals("0.002972", Numbers.score(0.002971612123784903));
        assertEquals("146.1", Numbers.score(146.06067910827556));
        assertEquals("1.235e+08", Numbers.score(123456789));
        assertEquals("n/a", Numbers.score(Double.NaN));
        assertEquals("-20.0%", Numbers.change(0.8));
        assertEquals("+5.0%", Numbers.change(1.05));
        assertEquals("±0.0%", Numbers.change(0.9999));
        assertEquals("2.5%", Numbers.percent(0.025));
    }
}

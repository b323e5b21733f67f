package dev.accelbench.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.reports.jmh.ResultSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportModelTest {

    @Test
    void groupsResultsByBenchmarkClassInFileOrder() {
        ReportModel model = Fixtures.model(Fixtures.realRun());
        assertEquals(List.of("DotBenchmark", "QuantizeBenchmark"),
                model.classes().stream().map(BenchmarkClass::simpleName).toList());
        BenchmarkClass dot = model.classes().getFirst();
        assertEquals("dev.accelbench.bench.blas.DotBenchmark", dot.qualifiedName());
        assertEquals(4, dot.entries().size());
        assertEquals(List.of("n"), dot.paramNames());
        assertEquals(List.of("bytes", "flops"), dot.secondaryNames());
        assertFalse(dot.hasMethod("arraycopy"));
        assertTrue(model.classes().get(1).hasMethod("arraycopy"));
        assertFalse(model.multipleRuns());
        assertEquals("AMD EPYC", model.runs().getFirst().environment().orElseThrow().cpuModel().orElseThrow());
    }

    @Test
    void mergesSeveralFilesKeepingEachResultWithItsRun() {
        ReportModel model = Fixtures.model(Fixtures.realRun(), Fixtures.acmeRun());
        assertTrue(model.multipleRuns());
        assertEquals(List.of("run 1", "run 2"), model.runs().stream().map(ReportRun::label).toList());
        assertEquals(6 + 2, model.entries().size());
        // Same simple name, different package: two classes, never mixed.
        assertEquals(List.of("dev.accelbench.bench.blas.DotBenchmark", "dev.accelbench.bench.numeric.QuantizeBenchmark",
                "dev.acme.bench.DotBenchmark"), model.classes().stream().map(BenchmarkClass::qualifiedName).toList());
        assertTrue(model.classes().get(2).entries().stream().allMatch(e -> e.run().number() == 2));
        assertEquals("Acme Vector 9000 / 8 cores", model.runs().get(1).hostKey());
    }

    @Test
    void theSameBenchmarkInTwoFilesAppearsTwiceNotAveraged() {
        ReportModel model = Fixtures.model(Fixtures.realRun(), Fixtures.realRun());
        BenchmarkClass dot = model.classes().getFirst();
        assertEquals(8, dot.entries().size());
        assertEquals(List.of(1, 1, 1, 1, 2, 2, 2, 2), dot.entries().stream().map(e -> e.run().number()).toList());
    }

    @Test
    void noResultsAtAllIsAnError() {
        ResultSet empty = new ResultSet(Path.of("results/empty.json"), List.of(), Optional.empty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fixtures.model(empty));
        assertEquals("results/empty.json: no benchmark results (the JSON array is empty): nothing to report",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportModel.of(List.of()));
    }

    @Test
    void benchmarkNamesSplitIntoPackageClassAndMethod() {
        assertEquals(new BenchmarkName("dev.accelbench.bench.blas", "DotBenchmark", "vector"),
                BenchmarkName.parse("dev.accelbench.bench.blas.DotBenchmark.vector"));
        assertEquals(new BenchmarkName("", "Bench", "run"), BenchmarkName.parse("Bench.run"));
        assertEquals(new BenchmarkName("", "", "run"), BenchmarkName.parse("run"));
        assertEquals("Bench", BenchmarkName.parse("Bench.run").qualifiedClass());
    }

    @Test
    void secondaryMetricsAreFoundWhicheverWayJmhSpellsThem() {
        ReportEntry entry = new ReportEntry(new ReportRun(1, Path.of("x.json"), Optional.empty()),
                BenchmarkName.parse("a.B.c"), Fixtures.result("a.B.c", Map.of(), 1, 0.1,
                Map.of("·flops", Fixtures.metric(2, 0.1, "ops/ns"), ":bytes", Fixtures.metric(3, 0.1, "ops/ns"))));
        assertEquals(2, entry.secondary("flops").orElseThrow().score());
        assertEquals(3, entry.secondary("bytes").orElseThrow().score());
        assertTrue(entry.secondary("cycles").isEmpty());
        assertEquals("(no params)", entry.paramsLabel());
    }
}

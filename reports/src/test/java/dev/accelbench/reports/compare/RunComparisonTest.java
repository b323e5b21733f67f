package dev.accelbench.reports.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.reports.jmh.JmhResult;
import dev.accelbench.reports.jmh.Mode;
import dev.accelbench.reports.jmh.ResultFileException;
import dev.accelbench.reports.jmh.ResultSet;
import dev.accelbench.reports.jmh.RunEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RunComparisonTest {

    private static final ComparisonSettings SETTINGS = ComparisonSettings.defaults().withResamples(1_000);

    private static RunEnvironment env(String cpu, String jdk, int bits, int cores) {
        return new RunEnvironment(Optional.of(cpu), List.of(), OptionalInt.of(cores), Optional.of("Linux"),
                Optional.of(jdk), OptionalInt.of(bits), Optional.of("abc"), Optional.empty(), List.of(), List.of());
    }

    private static JmhResult bench(String name, double mean, int forks, long seed) {
        return Synthetic.result(name, Mode.THROUGHPUT, "ops/us",
                Synthetic.noisy(mean, 0.01, forks, 5, new SplittableRandom(seed)), Map.of());
    }

    @Test
    void matchesByNameModeAndParamsAndListsMissingAndNew() {
        ResultSet base = new ResultSet(Path.of("base.json"), List.of(bench("a.A.same", 100, 3, 1),
                bench("a.A.slow", 100, 3, 2), bench("a.A.gone", 100, 3, 3)), Optional.empty());
        ResultSet cand = new ResultSet(Path.of("cand.json"), List.of(bench("a.A.added", 100, 3, 4),
                bench("a.A.slow", 70, 3, 5), bench("a.A.same", 100, 3, 6)), Optional.empty());
        ComparisonReport report = new RunComparison(SETTINGS).compare(base, cand);
        assertEquals(List.of("a.A.same", "a.A.slow", "a.A.gone", "a.A.added"),
                report.benchmarks().stream().map(b -> b.key().benchmark()).toList());
        assertEquals(List.of(Verdict.UNCHANGED, Verdict.SLOWER, Verdict.MISSING, Verdict.NEW),
                report.benchmarks().stream().map(BenchmarkComparison::verdict).toList());
        assertTrue(report.hasRegression());
        assertEquals(1, report.count(Verdict.MISSING));
        assertTrue(report.warnings().stream().anyMatch(w -> w.startsWith("no environment sidecar for the baseline")),
                report.warnings().toString());
    }

    @Test
    void environmentDifferencesAreWarnedAbout() {
        List<JmhResult> results = List.of(bench("a.A.x", 100, 3, 1));
        ResultSet base = new ResultSet(Path.of("b.json"), results, Optional.of(env("Zen 4", "25.0.1", 512, 16)));
        ResultSet same = new ResultSet(Path.of("c.json"), results, Optional.of(env("Zen 4", "25.0.1", 512, 16)));
        ResultSet other = new ResultSet(Path.of("c.json"), results, Optional.of(env("Xeon", "25.0.3", 256, 8)));
        assertEquals(List.of(), new RunComparison(SETTINGS).compare(base, same).warnings());
        List<String> warnings = new RunComparison(SETTINGS).compare(base, other).warnings();
        assertEquals(4, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("environments differ: CPU model (cpu_model) is Zen 4 in the baseline"
                + " and Xeon in the candidate"), warnings.get(0));
        assertTrue(warnings.get(1).contains("JDK (jdk)"));
        assertTrue(warnings.get(2).contains("vector width (vector_bits) is 512 in the baseline and 256"));
        assertTrue(warnings.get(3).contains("core count (cores)"));
        assertEquals(Optional.of("abc"), new RunComparison(SETTINGS).compare(base, other).candidateCommit());
    }

    @Test
    void singleForkRunsAndUnmatchedMetricsAreCaveats() {
        JmhResult oneFork = bench("a.A.x", 100, 1, 1);
        JmhResult withMetric = Synthetic.result("a.A.x", Mode.THROUGHPUT, "ops/us",
                Synthetic.noisy(100, 0.01, 1, 5, new SplittableRandom(2)),
                Map.of("cycles", Synthetic.metric("cycles/op", new double[][] {{5, 5}})));
        ResultSet base = new ResultSet(Path.of("b.json"), List.of(oneFork), Optional.of(env("c", "j", 256, 2)));
        ResultSet cand = new ResultSet(Path.of("c.json"), List.of(withMetric), Optional.of(env("c", "j", 256, 2)));
        List<String> warnings = new RunComparison(SETTINGS).compare(base, cand).warnings();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("1 comparison rests on a single-fork run"), warnings.get(0));
        assertEquals("secondary metric cycles is only in the candidate for 1 benchmark (different profilers?);"
                + " not compared", warnings.get(1));
    }

    @Test
    void aBenchmarkTwiceInOneFileIsBadInput() {
        ResultSet base = new ResultSet(Path.of("b.json"), List.of(bench("a.A.x", 100, 3, 1), bench("a.A.x", 100, 3, 2)),
                Optional.empty());
        ResultSet cand = new ResultSet(Path.of("c.json"), List.of(), Optional.empty());
        ResultFileException e = assertThrows(ResultFileException.class,
                () -> new RunComparison(SETTINGS).compare(base, cand));
        assertEquals("b.json: benchmark a.A.x {n=64} (thrpt) appears twice; a comparison needs one entry per"
                + " benchmark, mode and parameters", e.getMessage());
    }

    @Test
    void sameNameInAnotherModeIsAnotherBenchmark() {
        JmhResult thrpt = bench("a.A.x", 100, 3, 1);
        JmhResult avgt = Synthetic.result("a.A.x", Mode.AVERAGE_TIME, "us/op",
                Synthetic.noisy(0.01, 0.01, 3, 5, new SplittableRandom(3)), Map.of());
        ResultSet base = new ResultSet(Path.of("b.json"), List.of(thrpt, avgt), Optional.empty());
        ResultSet cand = new ResultSet(Path.of("c.json"), List.of(avgt, thrpt), Optional.empty());
        ComparisonReport report = new RunComparison(SETTINGS).compare(base, cand);
        assertEquals(2, report.count(Verdict.UNCHANGED));
        assertFalse(report.hasRegression());
    }
}

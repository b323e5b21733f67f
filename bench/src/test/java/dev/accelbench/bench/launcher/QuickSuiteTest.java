package dev.accelbench.bench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.bench.support.GeneratedBenchmarks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;

class QuickSuiteTest {

    /** --quick must finish within 3 minutes. */
    static final double QUICK_BUDGET_SECONDS = 300;

    @Test
    void everyBenchmarkClassHasAQuickPoint() {
        Set<String> covered = QuickSuite.POINTS.stream().map(p -> p.benchmark().getName()).collect(Collectors.toSet());
        for (BenchmarkListEntry entry : GeneratedBenchmarks.all()) {
            assertTrue(covered.contains(entry.getUserClassQName()),
                    entry.getUserClassQName() + " has no point in QuickSuite.POINTS");
        }
    }

    @Test
    void eachPointFixesEveryParameterOfItsClassToOneDefaultValue() {
        for (BenchmarkListEntry entry : GeneratedBenchmarks.all()) {
            QuickSuite.Point point = QuickSuite.POINTS.stream()
                    .filter(p -> p.benchmark().getName().equals(entry.getUserClassQName())).findFirst().orElseThrow();
            Map<String, String[]> params = entry.getParams().orElse(Map.of());
            assertEquals(params.keySet(), point.params().keySet(), entry.getUsername() + ": quick point parameters");
            params.forEach((name, defaults) -> assertTrue(List.of(defaults).contains(point.params().get(name)),
                    entry.getUsername() + ": quick value " + name + "=" + point.params().get(name)
                            + " is not one of the defaults " + List.of(defaults)));
        }
    }

    @Test
    void pointsAgreeOnSharedParameterNames() {
        // JMH applies -p by name to every benchmark of the run.
        Map<String, String> seen = new HashMap<>();
        for (QuickSuite.Point point : QuickSuite.POINTS) {
            point.params().forEach((name, value) -> {
                String earlier = seen.putIfAbsent(name, value);
                assertTrue(earlier == null || earlier.equals(value),
                        "quick points disagree on " + name + ": " + earlier + " vs " + value);
            });
        }
    }

    @Test
    void theQuickSuiteFitsItsTimeBudget() {
        double perFork = 2 * QuickSuite.ITERATIONS * QuickSuite.ITERATION_SECONDS
                + GeneratedBenchmarks.OVERHEAD_SECONDS_PER_FORK;
        double total = GeneratedBenchmarks.all().size() * perFork;
        assertTrue(total <= QUICK_BUDGET_SECONDS, "--quick would take about " + Math.round(total) + " s");
    }

    @Test
    void withoutIncludesThePointsAreIncludedWithTheirParametersAndShortIterations() throws Exception {
        Options quick = QuickSuite.options(new CommandLineOptions());
        assertEquals(QuickSuite.POINTS.size(), quick.getIncludes().size());
        assertEquals(List.of("4096"), List.copyOf(quick.getParameter("n").get()));
        assertEquals(1, quick.getWarmupIterations().get());
        assertEquals(1, quick.getMeasurementIterations().get());
    }

    @Test
    void theUsersIncludesParametersAndIterationsWin() throws Exception {
        Options quick = QuickSuite.options(new CommandLineOptions("Dot", "-p", "n=64", "-i", "3"));
        assertEquals(List.of("Dot"), quick.getIncludes());
        assertEquals(1, quick.getExcludes().size());
        assertTrue("dev.accelbench.bench.blas.Unlisted.x".matches(".*" + quick.getExcludes().get(0) + ".*"));
        assertEquals(List.of("64"), List.copyOf(quick.getParameter("n").get()));
        assertEquals(3, quick.getMeasurementIterations().get());
    }
}

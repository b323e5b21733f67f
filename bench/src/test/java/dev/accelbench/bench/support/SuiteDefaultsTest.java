package dev.accelbench.bench.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * Reads the benchmark list that JMH's annotation processor generated and fails when a benchmark
 * would make the default suite slow or its results unreadable: every benchmark must carry short
 * explicit defaults, few parameter combinations, and a work counter for domain units.
 */
class SuiteDefaultsTest {

    static final double SUITE_BUDGET_SECONDS = 45 * 60;
    static final int MAX_ITERATIONS = 10;
    static final int MAX_PARAMETER_COMBINATIONS = 12;

    @Test
    void theListIsNotEmpty() {
        assertFalse(GeneratedBenchmarks.all().isEmpty(), "no META-INF/BenchmarkList: did the annotation processor run?");
    }

    @Test
    void everyBenchmarkHasShortExplicitDefaults() {
        for (BenchmarkListEntry entry : GeneratedBenchmarks.all()) {
            String name = entry.getUsername();
            assertEquals(1, entry.getForks().orElse(-1), name + ": @Fork(1) missing (extend SuiteDefaults)");
            assertTrue(entry.getWarmupIterations().hasValue() && entry.getWarmupTime().hasValue(),
                    name + ": @Warmup with iterations and time missing");
            assertTrue(entry.getMeasurementIterations().hasValue() && entry.getMeasurementTime().hasValue(),
                    name + ": @Measurement with iterations and time missing");
            assertTrue(entry.getWarmupIterations().get() <= MAX_ITERATIONS
                    && entry.getMeasurementIterations().get() <= MAX_ITERATIONS, name + ": too many iterations");
            assertTrue(GeneratedBenchmarks.seconds(entry.getWarmupTime().get()) <= 1 && GeneratedBenchmarks.seconds(entry.getMeasurementTime().get()) <= 1,
                    name + ": iterations longer than 1 s");
            // The launcher owns the prepend list (ForkArguments); an annotation's would be replaced.
            assertFalse(entry.getJvmArgsPrepend().hasValue(), name + ": @Fork(jvmArgsPrepend) is reserved");
        }
    }

    @Test
    void defaultParametersStayFew() {
        for (BenchmarkListEntry entry : GeneratedBenchmarks.all()) {
            assertTrue(GeneratedBenchmarks.combinations(entry) <= MAX_PARAMETER_COMBINATIONS, entry.getUsername() + " runs "
                    + GeneratedBenchmarks.combinations(entry) + " parameter combinations by default; keep fuller sweeps behind -p");
        }
    }

    @Test
    void theDefaultSuiteFitsItsTimeBudget() {
        double total = GeneratedBenchmarks.all().stream().mapToDouble(e -> GeneratedBenchmarks.estimatedSeconds(e, GeneratedBenchmarks.combinations(e))).sum();
        assertTrue(total <= SUITE_BUDGET_SECONDS,
                "the default suite would take about " + Math.round(total / 60) + " min, over the budget of "
                        + Math.round(SUITE_BUDGET_SECONDS / 60) + " min");
    }

    @Test
    void everyBenchmarkCountsItsWorkForDomainUnits() throws ClassNotFoundException {
        for (BenchmarkListEntry entry : GeneratedBenchmarks.all()) {
            Class<?> type = Class.forName(entry.getUserClassQName());
            String methodName = entry.getUsername().substring(entry.getUsername().lastIndexOf('.') + 1);
            Method method = Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(methodName) && m.isAnnotationPresent(Benchmark.class))
                    .findFirst().orElseThrow();
            boolean counts = Arrays.stream(method.getParameterTypes())
                    .anyMatch(p -> p.isAnnotationPresent(AuxCounters.class));
            assertTrue(counts, entry.getUsername() + " takes no @AuxCounters work counter (Flops, Bytes, ...)");
        }
    }
}

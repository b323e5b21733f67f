package dev.accelbench.reports.jmh;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One entry of a JMH JSON result file: a benchmark method at one parameter point in one mode.
 *
 * @param benchmark        fully qualified method name, e.g. {@code dev.accelbench.bench.blas.DotBenchmark.vector}
 * @param mode             the benchmark mode
 * @param params           {@code @Param} values in JMH's order; empty for benchmarks without parameters
 * @param forks            forks configured ({@code 0} means the benchmark ran in JMH's own JVM)
 * @param threads          benchmark threads
 * @param jvmArgs          the forks' JVM arguments
 * @param primary          the primary metric (the score)
 * @param secondary        secondary metrics by name ({@code flops}, {@code gc.alloc.rate.norm}, ...),
 *                         in file order
 */
public record JmhResult(String benchmark, Mode mode, Map<String, String> params, int forks, int threads,
                        List<String> jvmArgs, Metric primary, Map<String, Metric> secondary) {

    public JmhResult {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        jvmArgs = List.copyOf(jvmArgs);
        secondary = Collections.unmodifiableMap(new LinkedHashMap<>(secondary));
    }

    /** The parameters as JMH prints them: {@code n=4096, dtype=fp8}; empty when there are none. */
    public String paramsText() {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}

package dev.accelbench.reports.compare;

import dev.accelbench.reports.jmh.JmhResult;
import dev.accelbench.reports.jmh.Mode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What matches a baseline entry to a candidate entry: the benchmark method, its parameter values
 * and the mode (one run with {@code -bm thrpt,avgt} holds the same method and parameters twice).
 * Parameter order does not matter for equality.
 */
public record BenchmarkKey(String benchmark, Mode mode, Map<String, String> params) {

    public BenchmarkKey {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public static BenchmarkKey of(JmhResult result) {
        return new BenchmarkKey(result.benchmark(), result.mode(), result.params());
    }

    /** {@code n=4096, dtype=fp8}, or empty. */
    public String paramsText() {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return benchmark + (params.isEmpty() ? "" : " {" + paramsText() + "}") + " (" + mode.label() + ")";
    }
}

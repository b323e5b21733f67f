package dev.accelbench.reports.html;

/**
 * A JMH benchmark name split into its parts:
 * {@code dev.accelbench.bench.blas.DotBenchmark.vector} → package {@code dev.accelbench.bench.blas},
 * class {@code DotBenchmark}, method {@code vector}.
 *
 * @param packageName everything before the class; empty for a class in the default package
 * @param className   the simple class name; empty when the name has no dot at all
 * @param method      the benchmark method
 */
public record BenchmarkName(String packageName, String className, String method) {

    public static BenchmarkName parse(String benchmark) {
        int methodDot = benchmark.lastIndexOf('.');
        if (methodDot < 0) {
            return new BenchmarkName("", "", benchmark);
        }
        String method = benchmark.substring(methodDot + 1);
        String type = benchmark.substring(0, methodDot);
        int classDot = type.lastIndexOf('.');
        return classDot < 0 ? new BenchmarkName("", type, method)
                : new BenchmarkName(type.substring(0, classDot), type.substring(classDot + 1), method);
    }

    /** The fully qualified class, the key benchmarks are grouped by. */
    public String qualifiedClass() {
        return packageName.isEmpty() ? className : packageName + "." + className;
    }
}

package dev.accelbench.reports.compare;

import java.util.Collection;
import java.util.function.UnaryOperator;

/**
 * Shortens benchmark names for tables by dropping the package prefix all of them share
 * ({@code dev.accelbench.bench.blas.DotBenchmark.vector} → {@code DotBenchmark.vector} when every
 * benchmark is in {@code blas}), always keeping at least {@code Class.method}.
 */
final class BenchmarkNames {

    private BenchmarkNames() {
    }

    static UnaryOperator<String> shortener(Collection<String> names) {
        if (names.isEmpty()) {
            return UnaryOperator.identity();
        }
        String prefix = null;
        for (String name : names) {
            String pkg = packageOf(name);
            prefix = prefix == null ? pkg : common(prefix, pkg);
        }
        String shared = prefix;
        return name -> shared.isEmpty() || !name.startsWith(shared + ".") ? name : name.substring(shared.length() + 1);
    }

    /** Everything before {@code Class.method}. */
    private static String packageOf(String name) {
        int method = name.lastIndexOf('.');
        int type = method < 0 ? -1 : name.lastIndexOf('.', method - 1);
        return type < 0 ? "" : name.substring(0, type);
    }

    /** The longest common prefix of two dotted names that ends at a segment boundary. */
    private static String common(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        StringBuilder shared = new StringBuilder();
        for (int i = 0; i < Math.min(left.length, right.length) && left[i].equals(right[i]); i++) {
            shared.append(i == 0 ? "" : ".").append(left[i]);
        }
        return shared.toString();
    }
}

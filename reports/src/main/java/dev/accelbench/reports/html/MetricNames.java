package dev.accelbench.reports.html;

import java.util.Locale;

/** Secondary metric names as the suite uses them, independent of JMH's spelling. */
final class MetricNames {

    /** The suite's {@code @AuxCounters}: floating-point operations and bytes moved per invocation. */
    static final String FLOPS = "flops";
    static final String BYTES = "bytes";

    private MetricNames() {
    }

    /** Drops the {@code ·} or {@code :} that some JMH versions put before secondary metric names. */
    static String bare(String name) {
        return name.startsWith("·") || name.startsWith(":") ? name.substring(1) : name;
    }

    /**
     * Accuracy figures that benchmarks may report beside their speed: any secondary metric whose
     * name has an {@code err} or {@code ulp} part ({@code error}, {@code rel_err},
     * {@code max_abs_error}, {@code ulps}). None of the suite's benchmarks reports one yet.
     */
    static boolean isAccuracy(String name) {
        String lower = bare(name).toLowerCase(Locale.ROOT);
        for (String part : lower.split("[._\\-:·]")) {
            if (part.startsWith("err") || part.endsWith("err") || part.equals("error") || part.startsWith("ulp")) {
                return true;
            }
        }
        return false;
    }

    /** True for the copy benchmarks that serve as the bandwidth baseline ({@code arraycopy}, {@code copy}). */
    static boolean isCopy(String method) {
        return method.toLowerCase(Locale.ROOT).contains("copy");
    }
}

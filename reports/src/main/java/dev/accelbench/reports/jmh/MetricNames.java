package dev.accelbench.reports.jmh;

import java.util.Locale;

/**
 * Secondary metric names as the suite uses them, independent of JMH's spelling: one place that
 * says which metrics are work counters, accuracy figures and modeled accelerator metrics, for the
 * report and the comparison alike.
 */
public final class MetricNames {

    /** The suite's {@code @AuxCounters}: floating-point operations and bytes moved per invocation. */
    public static final String FLOPS = "flops";
    public static final String BYTES = "bytes";

    /** Prefix of the modeled accelerator metrics that a model profiler adds ({@code model.cycles}, ...). */
    public static final String MODEL_PREFIX = "model.";

    private MetricNames() {
    }

    /** Drops the {@code ·} or {@code :} that some JMH versions put before secondary metric names. */
    public static String bare(String name) {
        return name.startsWith("·") || name.startsWith(":") ? name.substring(1) : name;
    }

    /**
     * Accuracy figures that benchmarks may report beside their speed: any secondary metric whose
     * name has an {@code err}, {@code ulp} or {@code sqnr} part ({@code error}, {@code rel_err},
     * {@code max_abs_error}, {@code ulps}, {@code sqnr_db}). They move with the vector width and
     * the CPU (reduction order, FMA).
     */
    public static boolean isAccuracy(String name) {
        String lower = bare(name).toLowerCase(Locale.ROOT);
        for (String part : lower.split("[._\\-:·]")) {
            if (part.startsWith("err") || part.endsWith("err") || part.equals("error") || part.startsWith("ulp")
                    || part.equals("sqnr")) {
                return true;
            }
        }
        return false;
    }

    /** True for the copy benchmarks that serve as the bandwidth baseline ({@code arraycopy}, {@code copy}). */
    /** A modeled accelerator metric ({@value #MODEL_PREFIX}...), deterministic by construction. */
    public static boolean isModeled(String name) {
        return bare(name).startsWith(MODEL_PREFIX);
    }

    public static boolean isCopy(String method) {
        return method.toLowerCase(Locale.ROOT).contains("copy");
    }
}

package dev.accelbench.bench.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accuracy figures a benchmark measured on its own output, handed to {@link AccuracyProfiler},
 * which reports them as secondary results beside the speed (e.g. {@code ·rel_error}).
 *
 * <p>JMH gives a profiler no access to benchmark state, so the two meet here: a benchmark records
 * in its {@code @TearDown(Level.Iteration)}, the profiler takes the values after each iteration.
 * This is the one piece of shared mutable state in the suite; it lives only inside a benchmark fork
 * (one benchmark per JVM) and is emptied every iteration.
 */
public final class Accuracy {

    private static final Map<String, Double> RECORDED = new ConcurrentHashMap<>();

    private Accuracy() {
    }

    /** Records a figure for this iteration; the last value recorded under a name wins. */
    public static void record(String name, double value) {
        RECORDED.put(name, value);
    }

    /** The figures of the iteration that ended, removing them. */
    static Map<String, Double> drain() {
        Map<String, Double> copy = Map.copyOf(RECORDED);
        RECORDED.clear();
        return copy;
    }
}

package dev.accelbench.bench.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The benchmark list JMH's annotation processor generated, and what its defaults cost in time. */
public final class GeneratedBenchmarks {

    /** Forking a JVM, loading the benchmark and its {@code @Setup}, per parameter combination. */
    public static final double OVERHEAD_SECONDS_PER_FORK = 2;

    private GeneratedBenchmarks() {
    }

    public static List<BenchmarkListEntry> all() {
        return new ArrayList<>(BenchmarkList.defaultList().getAll(
                OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of()));
    }

    /** Seconds one benchmark method takes with its defaults over the given parameter combinations. */
    public static double estimatedSeconds(BenchmarkListEntry entry, int combinations) {
        double perFork = entry.getWarmupIterations().get() * seconds(entry.getWarmupTime().get())
                + entry.getMeasurementIterations().get() * seconds(entry.getMeasurementTime().get())
                + OVERHEAD_SECONDS_PER_FORK;
        return combinations * entry.getForks().get() * perFork;
    }

    /** Parameter combinations the defaults run. */
    public static int combinations(BenchmarkListEntry entry) {
        int combinations = 1;
        for (String[] values : entry.getParams().orElse(Map.of()).values()) {
            combinations *= values.length;
        }
        return combinations;
    }

    public static double seconds(TimeValue time) {
        return time.convertTo(TimeUnit.MILLISECONDS) / 1000.0;
    }
}

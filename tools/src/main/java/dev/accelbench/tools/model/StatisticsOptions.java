package dev.accelbench.tools.model;

import dev.accelbench.kernels.attention.workload.AttentionWorkload;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options {@code model leopard} and {@code model sprint} share: which registry workload, where
 * its pruning statistics come from (a kernel run, a stats file or the thesis), and the output
 * format. A picocli mixin, so both commands spell and check them the same way.
 */
final class StatisticsOptions {

    @Option(names = "--workload", required = true, paramLabel = "NAME", description = "registry workload (see above)")
    String workload;

    @Option(names = "--stats", paramLabel = "FILE",
            description = "statistics written by accelbench attention --stats-out (schema " + StatsFile.SCHEMA + ")")
    Path stats;

    @Option(names = "--paper-stats", description = "use the thesis' statistics instead of a kernel run")
    boolean paperStats;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "generator seed of the kernel run (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--heads", paramLabel = "N", description = "heads the kernel run generates (default: the workload's "
            + "sample size)")
    Integer heads;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv",
            description = "output (default: ${DEFAULT-VALUE})")
    ModelReport.Format format;

    /** The workload, after checking that at most one statistics source was chosen. */
    AttentionWorkload checkedWorkload() {
        if (stats != null && paperStats) {
            throw new IllegalArgumentException("--stats and --paper-stats exclude each other");
        }
        return AttentionWorkload.byName(workload);
    }
}

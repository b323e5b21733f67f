package dev.accelbench.models.leopard;

import java.util.List;

/**
 * A tile against the baseline on one workload, the thesis' per-task comparison (section 2.4.3).
 *
 * @param workload         the workload
 * @param result           the tile's run
 * @param baseline         the baseline's run
 */
public record LeopardComparison(LeopardWorkload workload, LeopardResult result, LeopardResult baseline) {

    public static LeopardComparison of(LeopardConfig config, LeopardWorkload workload) {
        return new LeopardComparison(workload, LeopardModel.run(config, workload), LeopardModel.baseline(workload));
    }

    public double speedup() {
        return result.speedupOver(baseline);
    }

    public double energyReduction() {
        return result.energyReductionOver(baseline);
    }

    /**
     * Mean over the thesis' 43 tasks of a per-task ratio, each workload row weighted by its task
     * count (MemN2N 20, BERT-B and BERT-L on GLUE 9 each, the rest 1): the thesis' "on average
     * across all tasks" taken as an arithmetic mean of per-task ratios, every task of a row having
     * the row's average statistics (per-task values exist only in figures that did not survive).
     */
    public static double taskMean(List<LeopardComparison> rows, java.util.function.ToDoubleFunction<LeopardComparison> f) {
        double sum = 0;
        int tasks = 0;
        for (LeopardComparison r : rows) {
            sum += r.workload.tasks() * f.applyAsDouble(r);
            tasks += r.workload.tasks();
        }
        return sum / tasks;
    }

    /** Every thesis workload for one tile. */
    public static List<LeopardComparison> thesis(LeopardConfig config) {
        return LeopardWorkloads.thesis().stream().map(w -> of(config, w)).toList();
    }
}
